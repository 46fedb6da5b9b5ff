import { STARTER_MODE_EXAMPLES } from "../../core/requests/classifier/starter-examples.js";
import type { Repositories } from "../repositories.js";

/**
 * Puts the shipped starter set into mode_examples when it is not there yet, so every install (demo
 * or not) classifies from its first request. Triage corrections are added beside it, never over it.
 */
export async function ensureStarterExamples(repos: Pick<Repositories, "examples">, now: string): Promise<number> {
  if ((await repos.examples.countBySource("starter")) > 0) return 0;
  await repos.examples.addMany(STARTER_MODE_EXAMPLES.map((e) => ({ text: e.text, mode: e.mode, source: "starter" as const, createdAt: now })));
  return STARTER_MODE_EXAMPLES.length;
}
