import { describe, expect, it } from "vitest";
import { LoadsByKey } from "./loads-by-key.js";

describe("LoadsByKey", () => {
  it("shares one load between callers of the same key", async () => {
    const loads = new LoadsByKey<number>(2);
    let calls = 0;
    const load = async () => ++calls;
    expect(await Promise.all([loads.get("a", load), loads.get("a", load)])).toEqual([1, 1]);
    expect(calls).toBe(1);
  });

  it("forgets a failed load, so the next caller tries again", async () => {
    const loads = new LoadsByKey<string>(2);
    await expect(loads.get("a", () => Promise.reject(new Error("database away")))).rejects.toThrow("database away");
    expect(await loads.get("a", async () => "loaded")).toBe("loaded");
  });

  it("keeps only the newest keys", async () => {
    const loads = new LoadsByKey<string>(1);
    await loads.get("old", async () => "old words");
    await loads.get("new", async () => "new words");
    expect(await loads.get("old", async () => "reloaded")).toBe("reloaded");
  });
});
