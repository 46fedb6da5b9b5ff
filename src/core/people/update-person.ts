import { AppError } from "../shared/errors.js";
import { normaliseEmail } from "./create-person.js";
import { authorize, normaliseRoles } from "./permissions.js";
import type { CampusesRepository, Clock, EventLog, PeopleRepository, PersonChanges } from "./people.ports.js";
import type { Actor, Locale, Person } from "./people.types.js";

/** Admin edits any field of a person; the last active admin can't lose the role or be deactivated. */
export async function updatePerson(
  deps: { people: PeopleRepository; campuses: CampusesRepository; events: EventLog; clock: Clock },
  actor: Actor,
  id: number,
  input: PersonChanges,
): Promise<Person> {
  authorize(actor, "people.manage");
  const current = await deps.people.findById(id);
  if (!current) throw new AppError("PERSON_NOT_FOUND", `Person ${id} was not found.`);
  const changes: PersonChanges = { ...input };
  if (changes.name !== undefined) {
    changes.name = changes.name.trim();
    if (!changes.name) throw new AppError("VALIDATION_FAILED", "A name is required.");
  }
  if (changes.email !== undefined) {
    changes.email = normaliseEmail(changes.email);
    const owner = await deps.people.findByEmail(changes.email);
    if (owner && owner.id !== id) throw new AppError("EMAIL_TAKEN", `${changes.email} already belongs to someone.`);
  }
  if (changes.campusId != null && !(await deps.campuses.findById(changes.campusId))) {
    throw new AppError("CAMPUS_NOT_FOUND", `Campus ${changes.campusId} was not found.`);
  }
  if (changes.roles) changes.roles = normaliseRoles(changes.roles);
  const losesAdmin =
    current.roles.includes("admin") && current.active && ((changes.roles && !changes.roles.includes("admin")) || changes.active === false);
  if (losesAdmin && (await deps.people.countActiveWithRole("admin")) <= 1) {
    throw new AppError("LAST_ADMIN", "Scaffold needs at least one active admin; make someone else admin first.");
  }
  const now = deps.clock.now().toISOString();
  const person = await deps.people.update(id, changes, now);
  await deps.events.append({
    type: "person.updated",
    actorId: actor.id,
    subjectType: "person",
    subjectId: id,
    data: { fields: Object.keys(input) },
    at: now,
  });
  return person;
}

/** A person changes their own name or language. */
export async function updateOwnProfile(
  deps: { people: PeopleRepository; events: EventLog; clock: Clock },
  actor: Actor,
  input: { name?: string; locale?: Locale },
): Promise<Person> {
  const changes: PersonChanges = {};
  if (input.name !== undefined) {
    changes.name = input.name.trim();
    if (!changes.name) throw new AppError("VALIDATION_FAILED", "A name is required.");
  }
  if (input.locale !== undefined) changes.locale = input.locale;
  const now = deps.clock.now().toISOString();
  const person = await deps.people.update(actor.id, changes, now);
  await deps.events.append({ type: "person.profile_updated", actorId: actor.id, subjectType: "person", subjectId: actor.id, at: now });
  return person;
}
