import { describe, expect, it } from "vitest";
import { AppError } from "../shared/errors.js";
import { assertTransition, canTransition, statusAfterAssign } from "./lifecycle.js";
import { STATUSES, type Status } from "./requests.types.js";

describe("request lifecycle", () => {
  it("follows DESIGN.md: new → triaged → in_progress ⇄ waiting → resolved → closed, resolved → reopened → in_progress", () => {
    const path: Status[] = ["new", "triaged", "in_progress", "waiting", "in_progress", "resolved", "reopened", "in_progress", "resolved", "closed"];
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
  });

  it("never leaves closed, and never skips resolution", () => {
    for (const to of STATUSES) expect(canTransition("closed", to)).toBe(false);
    expect(canTransition("new", "closed")).toBe(false);
    expect(canTransition("in_progress", "closed")).toBe(false);
    expect(canTransition("waiting", "reopened")).toBe(false);
  });

  it("refuses an illegal move with INVALID_TRANSITION naming the allowed ones", () => {
    try {
      assertTransition("new", "closed");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("INVALID_TRANSITION");
      expect((error as AppError).message).toContain("triaged");
    }
    expect(() => assertTransition("resolved", "resolved")).toThrow(/already resolved/);
  });

  it("triages a new request when it is assigned", () => {
    expect(statusAfterAssign("new")).toBe("triaged");
    expect(statusAfterAssign("reopened")).toBe("in_progress");
    expect(statusAfterAssign("waiting")).toBe("waiting");
  });
});
