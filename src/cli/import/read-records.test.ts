import { describe, expect, it } from "vitest";
import { formatOf, parseCsv, parseJsonLines } from "./read-records.js";

describe("parseCsv", () => {
  it("numbers rows by file line, the header being line 1, across blank lines and multi-line fields", () => {
    const text = 'name,email\nAda,ada@x.io\n\n"Grace\nHopper",grace@x.io\nAlan,alan@x.io\n';
    const { columns, records, failures } = parseCsv(text);
    expect(columns).toEqual(["name", "email"]);
    expect(failures).toEqual([]);
    expect(records.map((r) => [r.line, r.fields.name])).toEqual([
      [2, "Ada"],
      [4, "Grace\nHopper"],
      [6, "Alan"],
    ]);
  });

  it("reads spreadsheet exports: BOM, CRLF, semicolons and header names in any case", () => {
    const { columns, records } = parseCsv("\uFEFFName ; EMAIL\r\nAda;ada@x.io\r\n");
    expect(columns).toEqual(["name", "email"]);
    expect(records).toEqual([{ line: 2, fields: { name: "Ada", email: "ada@x.io" } }]);
  });

  it("fills missing trailing fields and rejects rows with extra ones", () => {
    const { records, failures } = parseCsv("name,email,kind\nAda,ada@x.io\nBob,bob@x.io,staff,oops\n");
    expect(records).toEqual([{ line: 2, fields: { name: "Ada", email: "ada@x.io", kind: "" } }]);
    expect(failures).toEqual([{ line: 3, reason: "the row has 4 fields but the header has 3" }]);
  });

  it("reads a file with a single column", () => {
    expect(parseCsv("name\nAudio\n")).toEqual({ columns: ["name"], records: [{ line: 2, fields: { name: "Audio" } }], failures: [] });
  });

  it("reports a row with an unclosed quote", () => {
    const { failures } = parseCsv('name,email\nAda,ada@x.io\n"Bob,bob@x.io\n');
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ line: 3, reason: expect.stringContaining("can't be read as CSV") });
  });

  it("gives an empty file no columns and no rows", () => {
    expect(parseCsv("")).toEqual({ columns: [], records: [], failures: [] });
  });
});

describe("parseJsonLines", () => {
  it("reads one object per line and reports lines that are not objects", () => {
    const { columns, records, failures } = parseJsonLines('{"name":"Ada","roles":["helper"]}\n\nnot json\n[1]\n{"Email":"b@x.io"}\n');
    expect(records).toEqual([
      { line: 1, fields: { name: "Ada", roles: ["helper"] } },
      { line: 5, fields: { email: "b@x.io" } },
    ]);
    expect(columns).toEqual(["name", "roles", "email"]);
    expect(failures).toEqual([
      { line: 3, reason: "the line is not valid JSON" },
      { line: 4, reason: "the line is not a JSON object" },
    ]);
  });
});

describe("formatOf", () => {
  it("treats .jsonl and .ndjson as JSON Lines and anything else as CSV", () => {
    expect(formatOf("people.jsonl")).toBe("jsonl");
    expect(formatOf("PEOPLE.NDJSON")).toBe("jsonl");
    expect(formatOf("people.csv")).toBe("csv");
    expect(formatOf("people.txt")).toBe("csv");
  });
});
