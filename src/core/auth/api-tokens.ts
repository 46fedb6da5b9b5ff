import type { Clock, EventLog, PeopleRepository } from "../people/people.ports.js";
import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import type { ApiToken, ApiTokensRepository, Secrets } from "./auth.ports.js";

/** Prefix that marks Scaffold tokens, so leaked ones are easy to recognise in logs and secret scanners. */
export const TOKEN_PREFIX = "scf_";

/** Creates a personal API token; the secret is shown once and only its hash is kept. */
export async function createApiToken(
  deps: { tokens: ApiTokensRepository; people: PeopleRepository; events: EventLog; secrets: Secrets; clock: Clock },
  actor: Actor | null,
  personId: number,
  name: string,
): Promise<{ token: ApiToken; secret: string }> {
  if (actor && actor.id !== personId) throw new AppError("FORBIDDEN", "You can create API tokens only for yourself.");
  if (!(await deps.people.findById(personId))) throw new AppError("PERSON_NOT_FOUND", `Person ${personId} was not found.`);
  const label = name.trim();
  if (!label) throw new AppError("VALIDATION_FAILED", "A token needs a name.");
  const secret = TOKEN_PREFIX + deps.secrets.randomToken(32);
  const at = deps.clock.now().toISOString();
  const token = await deps.tokens.create({ personId, name: label, tokenHash: deps.secrets.hash(secret), prefix: secret.slice(0, 10), createdAt: at });
  await deps.events.append({ type: "api_token.created", actorId: actor?.id ?? null, subjectType: "person", subjectId: personId, data: { tokenId: token.id }, at });
  return { token, secret };
}

export async function revokeApiToken(deps: { tokens: ApiTokensRepository; events: EventLog; clock: Clock }, actor: Actor, tokenId: number): Promise<void> {
  const at = deps.clock.now().toISOString();
  if (!(await deps.tokens.revoke(tokenId, actor.id, at))) throw new AppError("TOKEN_NOT_FOUND", `Token ${tokenId} was not found.`);
  await deps.events.append({ type: "api_token.revoked", actorId: actor.id, subjectType: "person", subjectId: actor.id, data: { tokenId }, at });
}
