import { describe, expect, it } from "vitest";
import { PERSON_KINDS, ROLES } from "../../core/people/people.types.js";
import { DEMO_ACCOUNTS, demoPeople, emailFor } from "./demo-people.js";

describe("demoPeople", () => {
  const people = demoPeople();

  it("is the same school on every run", () => {
    expect(demoPeople()).toEqual(people);
    expect(demoPeople(1)).not.toEqual(people);
  });

  it("has 150 people with distinct firstname.lastname emails", () => {
    expect(people).toHaveLength(150);
    expect(new Set(people.map((p) => p.email)).size).toBe(150);
    for (const p of people.filter((p) => !p.demoAccount)) expect(p.email).toMatch(/^[a-z]+\.[a-z]+@riverside\.example$/);
  });

  it("includes the demo accounts of DESIGN.md with their kinds and roles", () => {
    const byEmail = new Map(people.map((p) => [p.email, p]));
    expect(DEMO_ACCOUNTS.map((a) => [a.email, a.kind, a.roles])).toEqual([
      ["admin@riverside.example", "staff", ["admin"]],
      ["tech@riverside.example", "staff", ["tech", "helper"]],
      ["leader@riverside.example", "staff", ["leader"]],
      ["teacher@riverside.example", "teacher", []],
      ["helper@riverside.example", "teacher", ["helper"]],
      ["student@riverside.example", "student", []],
      ["studenttech@riverside.example", "student", ["helper"]],
    ]);
    for (const account of DEMO_ACCOUNTS) expect(byEmail.get(account.email)?.demoAccount).toBe(true);
    expect(people.filter((p) => p.demoAccount)).toHaveLength(DEMO_ACCOUNTS.length);
  });

  it("has every kind and every role, on both campuses", () => {
    expect(new Set(people.map((p) => p.kind))).toEqual(new Set(PERSON_KINDS));
    expect(new Set(people.flatMap((p) => p.roles))).toEqual(new Set(ROLES.filter((r) => r !== "member")));
    expect(new Set(people.map((p) => p.campus))).toEqual(new Set([0, 1]));
  });
});

describe("emailFor", () => {
  it("turns names with accents, particles and apostrophes into plain addresses", () => {
    expect(emailFor("Zoë Van der Berg")).toBe("zoe.vanderberg@riverside.example");
    expect(emailFor("Ji-woo O'Brien")).toBe("jiwoo.obrien@riverside.example");
  });
});
