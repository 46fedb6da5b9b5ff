/**
 * Accuracy of the request-mode classifier on the held-out set (bench/data/mode-holdout.jsonl), which was
 * written independently of the starter set the product trains on. Run: `npm run eval:classify`.
 */
import { readFileSync } from "node:fs";
import { trainModeClassifier } from "../src/core/requests/classifier/mode-classifier.js";
import { STARTER_MODE_EXAMPLES } from "../src/core/requests/classifier/starter-examples.js";
import { MODES, type Mode } from "../src/core/requests/requests.types.js";

interface HoldoutItem {
  id: string;
  title: string;
  text: string;
  mode: Mode;
}

const holdout = readFileSync(new URL("./data/mode-holdout.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as HoldoutItem);

const started = performance.now();
const classifier = trainModeClassifier(STARTER_MODE_EXAMPLES);
const trainMs = performance.now() - started;

const confusion = new Map<Mode, Map<Mode, number>>(MODES.map((m) => [m, new Map(MODES.map((p) => [p, 0]))]));
const misses: string[] = [];
const times: number[] = [];
for (const item of holdout) {
  const t0 = performance.now();
  const result = classifier.classify({ title: item.title, text: item.text });
  times.push(performance.now() - t0);
  const row = confusion.get(item.mode)!;
  row.set(result.mode, row.get(result.mode)! + 1);
  if (result.mode !== item.mode) misses.push(`  ${item.id} ${item.mode}→${result.mode} (${result.confidence.toFixed(2)}) ${item.title}`);
}

const correct = MODES.reduce((sum, m) => sum + confusion.get(m)!.get(m)!, 0);
const accuracy = correct / holdout.length;
console.log(`starter examples: ${STARTER_MODE_EXAMPLES.length}, trained in ${trainMs.toFixed(1)} ms`);
console.log(`held-out requests: ${holdout.length}`);
console.log(`accuracy: ${accuracy.toFixed(3)} (${correct}/${holdout.length})`);
for (const mode of MODES) {
  const tp = confusion.get(mode)!.get(mode)!;
  const predicted = MODES.reduce((sum, m) => sum + confusion.get(m)!.get(mode)!, 0);
  const actual = MODES.reduce((sum, m) => sum + confusion.get(mode)!.get(m)!, 0);
  console.log(`  ${mode.padEnd(5)} precision ${(tp / (predicted || 1)).toFixed(3)} recall ${(tp / (actual || 1)).toFixed(3)}`);
}
console.log(`confusion (rows = truth, columns = predicted ${MODES.join("/")}):`);
for (const mode of MODES) console.log(`  ${mode.padEnd(5)} ${MODES.map((p) => String(confusion.get(mode)!.get(p)).padStart(4)).join("")}`);
times.sort((a, b) => a - b);
console.log(`time per classification: median ${(times[Math.floor(times.length / 2)]! * 1000).toFixed(0)} µs, p95 ${(times[Math.floor(times.length * 0.95)]! * 1000).toFixed(0)} µs`);
if (process.argv.includes("--misses")) console.log(`misses:\n${misses.join("\n")}`);
