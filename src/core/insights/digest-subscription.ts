import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";

/** Who asked for the monthly insights digest. */
export interface DigestSubscriptions {
  isSubscribed(personId: number): Promise<boolean>;
  set(personId: number, on: boolean, at: string): Promise<void>;
  subscribers(): Promise<{ id: number; name: string; email: string }[]>;
}

const mayReadInsights = (actor: Actor) => actor.roles.some((r) => r === "leader" || r === "tech" || r === "admin");

/** Leaders (and tech, admin) opt in or out of the monthly digest. */
export async function setDigest(deps: { digests: DigestSubscriptions; at: string }, actor: Actor, monthly: boolean): Promise<{ monthly: boolean }> {
  if (!mayReadInsights(actor)) throw new AppError("FORBIDDEN", "The monthly digest is for leaders and the tech team.");
  await deps.digests.set(actor.id, monthly, deps.at);
  return { monthly };
}

/** The calendar month before `now` (UTC), as YYYY-MM and its [from, to) window. */
export function previousMonth(now: Date): { month: string; from: string; to: string } {
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - 1, 1));
  return { month: from.toISOString().slice(0, 7), from: from.toISOString(), to: to.toISOString() };
}
