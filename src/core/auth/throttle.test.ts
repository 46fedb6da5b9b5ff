import { describe, expect, it } from "vitest";
import { afterFailure, secondsBlocked } from "./throttle.js";

const at = (s: number) => new Date(Date.UTC(2026, 8, 1, 8, 0, s));

describe("sign-in throttle", () => {
  it("allows the free failures, then blocks for 30 s, doubling up to 15 minutes", () => {
    let attempt = null;
    const blocks: number[] = [];
    for (let i = 0; i < 12; i++) {
      attempt = afterFailure(attempt, at(0), 5);
      blocks.push(secondsBlocked(attempt, at(0)));
    }
    expect(blocks).toEqual([0, 0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900]);
  });

  it("forgets failures after an hour", () => {
    const old = { failures: 9, firstFailureAt: at(0).toISOString(), blockedUntil: null };
    const next = afterFailure(old, new Date(at(0).getTime() + 61 * 60_000), 5);
    expect(next.failures).toBe(1);
    expect(next.blockedUntil).toBeNull();
  });

  it("counts down the remaining wait", () => {
    const blocked = { failures: 6, firstFailureAt: at(0).toISOString(), blockedUntil: at(30).toISOString() };
    expect(secondsBlocked(blocked, at(10))).toBe(20);
    expect(secondsBlocked(blocked, at(31))).toBe(0);
  });
});
