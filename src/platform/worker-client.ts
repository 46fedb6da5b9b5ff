import { Worker } from "node:worker_threads";

type Pending<R> = { resolve: (result: R) => void; reject: (error: Error) => void };

/**
 * A worker thread that answers requests, for CPU work that must not block the event loop. Started on
 * first use; it holds the process open only while requests are waiting, and a crashed worker fails its
 * waiting requests and is started again on the next one. Protocol: `{ id, payload }` in, `{ id, result }`
 * or `{ id, error }` out.
 */
export class WorkerClient<P, R> {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending<R>>();
  private nextId = 1;

  constructor(
    private readonly script: URL,
    private readonly name: string,
  ) {}

  request(payload: P): Promise<R> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.ref();
      worker.postMessage({ id, payload });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.unref();
    worker.on("message", (reply: { id: number; result?: R; error?: string }) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (!this.pending.size) worker.unref();
      if (!waiting) return;
      if (reply.error === undefined) waiting.resolve(reply.result as R);
      else waiting.reject(new Error(`${this.name}: ${reply.error}`));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on("error", fail);
    worker.on("exit", (code) => fail(new Error(`${this.name} stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
