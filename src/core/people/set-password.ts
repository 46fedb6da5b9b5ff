import { AppError } from "../shared/errors.js";
import { checkPasswordStrength } from "./password-rules.js";
import { authorize } from "./permissions.js";
import type { Clock, EventLog, PasswordHasher, PeopleRepository } from "./people.ports.js";
import type { Actor } from "./people.types.js";

type Deps = { people: PeopleRepository; events: EventLog; clock: Clock; hasher: PasswordHasher };

/** A person changes their own password, proving they know the current one. */
export async function changeOwnPassword(deps: Deps, actor: Actor, input: { currentPassword: string; newPassword: string }): Promise<void> {
  const hash = await deps.people.passwordHashOf(actor.id);
  if (!hash || !(await deps.hasher.verify(hash, input.currentPassword))) {
    throw new AppError("WRONG_PASSWORD", "The current password is not right.");
  }
  await storePassword(deps, actor.id, actor.id, input.newPassword);
}

/** Admin (or the CLI, actor null) sets anyone's password. */
export async function setPassword(deps: Deps, actor: Actor | null, personId: number, password: string): Promise<void> {
  if (actor) authorize(actor, "people.manage");
  if (!(await deps.people.findById(personId))) throw new AppError("PERSON_NOT_FOUND", `Person ${personId} was not found.`);
  await storePassword(deps, actor?.id ?? null, personId, password);
}

async function storePassword(deps: Deps, actorId: number | null, personId: number, password: string): Promise<void> {
  checkPasswordStrength(password);
  const now = deps.clock.now().toISOString();
  await deps.people.setPasswordHash(personId, await deps.hasher.hash(password), now);
  await deps.events.append({ type: "person.password_set", actorId, subjectType: "person", subjectId: personId, at: now });
}
