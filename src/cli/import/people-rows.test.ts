import { describe, expect, it } from "vitest";
import { campusLookup, parsePersonRow } from "./people-rows.js";

const campuses = campusLookup([
  { id: 1, name: "Riverside North", timeZone: "Europe/Lisbon" },
  { id: 2, name: "Riverside South", timeZone: "Europe/Lisbon" },
]);

const row = (fields: Record<string, unknown>) => parsePersonRow({ name: "Ada Lovelace", email: "ada@school.example", ...fields }, campuses);

describe("parsePersonRow", () => {
  it("defaults kind to staff, locale to en, no campus, no extra roles and no password", () => {
    expect(row({})).toEqual({
      ok: true,
      value: { name: "Ada Lovelace", email: "ada@school.example", kind: "staff", campusId: null, roles: [], locale: "en" },
    });
  });

  it("accepts roles separated by semicolons, bars or spaces, and as a JSON list", () => {
    for (const roles of ["helper;tech", "helper | tech", "helper tech", "Helper;;TECH", ["helper", "tech"]]) {
      expect(row({ roles })).toMatchObject({ ok: true, value: { roles: ["helper", "tech"] } });
    }
  });

  it("finds the campus by name whatever its case", () => {
    expect(row({ campus: " riverside SOUTH " })).toMatchObject({ ok: true, value: { campusId: 2 } });
  });

  it("explains an unknown campus, role, kind or locale", () => {
    expect(row({ campus: "Hilltop" })).toEqual({ ok: false, reason: 'unknown campus "Hilltop" (known campuses: Riverside North, Riverside South)' });
    expect(row({ roles: "helper;superuser" })).toEqual({ ok: false, reason: 'unknown role "superuser" (use helper, tech, leader, admin)' });
    expect(row({ kind: "janitor" })).toEqual({ ok: false, reason: 'unknown kind "janitor" (use staff, teacher, student, other)' });
    expect(row({ locale: "xx" })).toMatchObject({ ok: false, reason: expect.stringContaining('unknown locale "xx"') });
  });

  it("says so when no campus exists yet", () => {
    expect(parsePersonRow({ name: "A", email: "a@x.io", campus: "North" }, campusLookup([]))).toEqual({
      ok: false,
      reason: 'unknown campus "North" (no campus exists yet)',
    });
  });

  it("requires a name and an email", () => {
    expect(row({ name: "  " })).toEqual({ ok: false, reason: "name is empty" });
    expect(row({ email: "" })).toEqual({ ok: false, reason: "email is empty" });
  });

  it("keeps a password exactly as typed, spaces included", () => {
    expect(row({ password: " correct horse " })).toMatchObject({ ok: true, value: { password: " correct horse " } });
  });

  it("rejects a field that is not text in JSON Lines", () => {
    expect(row({ name: { first: "Ada" } })).toEqual({ ok: false, reason: "name must be text" });
  });
});
