// Boots the topic-training worker: the TypeScript loader first (as bin/scaffold.mjs does), then the task.
import { register } from "tsx/esm/api";

register();
await import("./topic-training.task.ts");
