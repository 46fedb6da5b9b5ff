import { parentPort } from "node:worker_threads";
import { LinearClassifier, type LinearClassifierModel } from "../core/requests/classifier/linear-classifier.js";
import { TOPIC_MODEL_OPTIONS, type TopicExample } from "./topic-training.js";

// Runs inside the worker thread: trains the topic model and sends back its serialisable state.
parentPort!.on("message", ({ id, payload }: { id: number; payload: TopicExample[] }) => {
  try {
    const result: LinearClassifierModel<number> = LinearClassifier.train(payload, TOPIC_MODEL_OPTIONS).toJSON();
    parentPort!.postMessage({ id, result });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
