import { describe, expect, it } from "vitest";
import { AppError } from "../shared/errors.js";
import { authorize, can, normaliseRoles } from "./permissions.js";
import type { Actor } from "./people.types.js";

const actor = (roles: Actor["roles"]): Actor => ({ id: 1, roles, kind: "staff", campusId: null });

describe("permissions", () => {
  it("lets only admins manage people, and tech or admin manage topics", () => {
    expect(can(actor(["member", "admin"]), "people.manage")).toBe(true);
    expect(can(actor(["member", "tech"]), "people.manage")).toBe(false);
    expect(can(actor(["member", "tech"]), "topics.manage")).toBe(true);
    expect(can(actor(["member", "helper"]), "topics.manage")).toBe(false);
  });

  it("throws FORBIDDEN with a stable code", () => {
    expect(() => authorize(actor(["member"]), "people.list")).toThrow(AppError);
    try {
      authorize(actor(["member"]), "people.list");
    } catch (error) {
      expect((error as AppError).code).toBe("FORBIDDEN");
      expect((error as AppError).status).toBe(403);
    }
  });

  it("always includes member, once, in a stable order", () => {
    expect(normaliseRoles(["admin", "helper", "admin"])).toEqual(["member", "helper", "admin"]);
    expect(normaliseRoles([])).toEqual(["member"]);
  });
});
