import { describe, expect, it } from "vitest";
import { LATENT_ROWS_PER_DIM, LinearClassifier } from "../core/requests/classifier/linear-classifier.js";
import { TOPIC_MODEL_OPTIONS, trainTopicModel, trainTopicModelInWorker, TRAIN_IN_WORKER_FROM, type TopicExample } from "./topic-training.js";

const WORDS: Record<number, string[]> = {
  1: ["printer", "toner", "jam", "paper", "tray", "print", "copier", "scan"],
  2: ["wifi", "network", "internet", "connect", "router", "signal", "slow", "offline"],
  3: ["password", "login", "account", "locked", "reset", "sign", "email", "access"],
};

/** A history of requests on three topics, with shared filler words and some noise, reproducible. */
function history(n: number): TopicExample[] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const label = (i % 3) + 1;
    const own = Array.from({ length: 4 }, () => pick(WORDS[label]!));
    const noise = Array.from({ length: 3 }, () => pick(WORDS[(Math.floor(next() * 3) % 3) + 1]!));
    return { text: [...own, ...noise, "please", "help", "room", String(i % 50)].join(" "), label };
  });
}

describe("topic training in a worker thread", () => {
  it("gives exactly the model that training on the main thread gives", async () => {
    // Enough requests for the latent dimensions, which cross the thread boundary too.
    const examples = history(Math.max(TRAIN_IN_WORKER_FROM, LATENT_ROWS_PER_DIM * TOPIC_MODEL_OPTIONS.latent!.dims) + 100);
    const inWorker = await trainTopicModelInWorker(examples);
    const inline = LinearClassifier.train(examples, TOPIC_MODEL_OPTIONS);
    expect(inWorker.toJSON().latent).toBeDefined();
    expect(inWorker.toJSON()).toEqual(inline.toJSON());
    expect(inWorker.classify("the printer has a paper jam in tray 2").label).toBe(1);
  });

  it("keeps the event loop answering while a large history trains", async () => {
    const examples = history(6_000);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    const started = performance.now();
    const model = await trainTopicModel(examples);
    const elapsed = performance.now() - started;
    clearInterval(timer);
    expect(model.classify("cannot connect to the wifi network").label).toBe(2);
    // Ticks every 5 ms kept coming during training: at least a third of those the elapsed time allows.
    expect(ticks).toBeGreaterThan(elapsed / 5 / 3);
  });

  it("trains small histories inline, with the same result", async () => {
    const examples = history(60);
    expect((await trainTopicModel(examples)).toJSON()).toEqual(LinearClassifier.train(examples, TOPIC_MODEL_OPTIONS).toJSON());
  });
});
