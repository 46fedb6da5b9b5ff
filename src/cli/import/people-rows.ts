import type { CreatePersonInput } from "../../core/people/create-person.js";
import { LOCALES, PERSON_KINDS, ROLES, type Role } from "../../core/people/people.types.js";
import type { Campus } from "../../core/people/people.types.js";
import { listField, oneOf, readRow, RowProblem, type RowResult, textField } from "./row-fields.js";

/** Columns of a people file; `name` and `email` are required, the rest optional. */
export const PEOPLE_COLUMNS = ["name", "email", "kind", "campus", "roles", "locale", "password"] as const;
export const REQUIRED_PEOPLE_COLUMNS = ["name", "email"] as const;

/** Campus ids by name, matched case-insensitively; lists the known names when a name is unknown. */
export function campusLookup(campuses: readonly Campus[]): (name: string) => number {
  const byName = new Map(campuses.map((c) => [c.name.toLowerCase(), c.id]));
  return (name) => {
    const id = byName.get(name.trim().toLowerCase());
    if (id !== undefined) return id;
    const known = campuses.length ? `known campuses: ${campuses.map((c) => c.name).join(", ")}` : "no campus exists yet";
    throw new RowProblem(`unknown campus "${name}" (${known})`);
  };
}

/** Roles from text or a list; `member` is implied, so it is accepted but not required. */
export function parseRoles(raw: readonly string[]): Role[] {
  return raw.map((r) => {
    const role = ROLES.find((known) => known === r.toLowerCase());
    if (!role) throw new RowProblem(`unknown role "${r}" (use ${ROLES.filter((k) => k !== "member").join(", ")})`);
    return role;
  });
}

/** Reads one people row into createPerson's input; kind defaults to staff, locale to en. */
export function parsePersonRow(fields: Record<string, unknown>, campusId: (name: string) => number): RowResult<CreatePersonInput> {
  return readRow(() => {
    const name = textField(fields, "name");
    const email = textField(fields, "email");
    if (!name) throw new RowProblem("name is empty");
    if (!email) throw new RowProblem("email is empty");
    const campus = textField(fields, "campus");
    // Passwords are taken as typed: spaces may be part of them.
    const password = textField(fields, "password") === undefined ? undefined : String(fields.password);
    return {
      name,
      email,
      kind: oneOf("kind", textField(fields, "kind"), PERSON_KINDS, "staff"),
      campusId: campus ? campusId(campus) : null,
      roles: parseRoles(listField(fields, "roles")),
      locale: oneOf("locale", textField(fields, "locale"), LOCALES, "en"),
      ...(password !== undefined && { password }),
    };
  });
}
