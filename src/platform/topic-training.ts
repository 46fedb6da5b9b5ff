import { LinearClassifier, type LinearClassifierModel, type LinearClassifierOptions } from "../core/requests/classifier/linear-classifier.js";
import { WorkerClient } from "./worker-client.js";

export type TopicExample = { text: string; label: number };

/**
 * minDf 1: at most a few thousand requests, and a topic's name may be its only mention. Character n-grams
 * (weighed like the words) catch misspellings and word forms; 150 latent dimensions tie words that are used
 * alike. Both were chosen on a validation split of the it-tickets set (docs/decisions.md, "Topic suggestion").
 */
export const TOPIC_MODEL_OPTIONS: LinearClassifierOptions<number> = {
  minDf: 1,
  features: { charNgrams: [3, 5], charWeight: 1 },
  latent: { dims: 150, weight: 1, minDf: 3, powerIterations: 2 },
};

/** Below this many examples training takes under 0.2 s (of long help-desk tickets): not worth a thread. */
export const TRAIN_IN_WORKER_FROM = 500;

let worker: WorkerClient<TopicExample[], LinearClassifierModel<number>> | null = null;

/** Trains in a worker thread (the event loop keeps serving requests meanwhile); the same model as inline. */
export async function trainTopicModelInWorker(examples: TopicExample[]): Promise<LinearClassifier<number>> {
  worker ??= new WorkerClient(new URL("./topic-training.worker.mjs", import.meta.url), "topic training");
  return LinearClassifier.fromJSON(await worker.request(examples));
}

/**
 * The topic model for these examples: large histories train in a worker thread (5,000 requests take
 * ~5 s of CPU), small ones inline; if the thread can't run, inline too.
 */
export async function trainTopicModel(examples: TopicExample[]): Promise<LinearClassifier<number>> {
  if (examples.length >= TRAIN_IN_WORKER_FROM) {
    try {
      return await trainTopicModelInWorker(examples);
    } catch {
      // Fall through: a model trained on the main thread beats no model.
    }
  }
  return LinearClassifier.train(examples, TOPIC_MODEL_OPTIONS);
}
