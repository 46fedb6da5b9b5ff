import { describe, expect, it } from "vitest";
import { BoundedMemo } from "./bounded-memo.js";

describe("BoundedMemo", () => {
  it("remembers up to its budget, then starts again", () => {
    const memo = new BoundedMemo<string, number>(2);
    expect(memo.remember("a", 1)).toBe(1);
    memo.remember("b", 2);
    expect([memo.get("a"), memo.get("b"), memo.size]).toEqual([1, 2, 2]);
    memo.remember("c", 3);
    expect([memo.get("a"), memo.get("b"), memo.get("c"), memo.size]).toEqual([undefined, undefined, 3, 1]);
  });

  it("counts what sizeOf says, and never keeps an entry bigger than the budget", () => {
    const memo = new BoundedMemo<string, string>(10, (_, text) => text.length);
    memo.remember("short", "abcd");
    memo.remember("long", "abcdefghijk");
    expect([memo.get("short"), memo.get("long")]).toEqual(["abcd", undefined]);
    memo.remember("more", "abcdefg");
    expect([memo.get("short"), memo.get("more")]).toEqual([undefined, "abcdefg"]);
    const none = new BoundedMemo<string, number>(0);
    none.remember("a", 1);
    expect(none.get("a")).toBeUndefined();
  });
});
