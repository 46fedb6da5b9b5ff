import { describe, expect, it } from "vitest";
import { WorkerClient } from "./worker-client.js";

/** A worker from source text (a data: URL), so each case states its whole worker. */
const script = (source: string) => new URL(`data:text/javascript,${encodeURIComponent(`import { parentPort } from "node:worker_threads";\n${source}`)}`);

describe("WorkerClient", () => {
  it("answers each request with its own reply, in any order", async () => {
    const client = new WorkerClient<number, number>(
      script(`parentPort.on("message", ({ id, payload }) => setTimeout(() => parentPort.postMessage({ id, result: payload * 2 }), payload));`),
      "doubler",
    );
    expect(await Promise.all([client.request(30), client.request(1), client.request(10)])).toEqual([60, 2, 20]);
  });

  it("turns a reported error into a rejected request, and keeps serving", async () => {
    const client = new WorkerClient<number, number>(
      script(`parentPort.on("message", ({ id, payload }) => parentPort.postMessage(payload < 0 ? { id, error: "negative" } : { id, result: payload }));`),
      "checker",
    );
    await expect(client.request(-1)).rejects.toThrow("checker: negative");
    expect(await client.request(5)).toBe(5);
  });

  it("fails waiting requests when the worker dies, and starts a new one for the next", async () => {
    const client = new WorkerClient<string, string>(
      script(`parentPort.on("message", ({ id, payload }) => { if (payload === "die") process.exit(3); parentPort.postMessage({ id, result: payload }); });`),
      "fragile",
    );
    await expect(client.request("die")).rejects.toThrow("fragile stopped (exit code 3)");
    expect(await client.request("again")).toBe("again");
  });
});
