import { AppError } from "../shared/errors.js";
import { authorize, can } from "./permissions.js";
import type { PeopleFilter, PeopleRepository } from "./people.ports.js";
import type { Actor, Page, Person } from "./people.types.js";

/** The people directory for admins, tech and leaders. */
export async function listPeople(deps: { people: PeopleRepository }, actor: Actor, filter: PeopleFilter): Promise<Page<Person>> {
  authorize(actor, "people.list");
  return deps.people.list(filter);
}

/** One person: anyone may see themselves; the directory roles may see anyone. */
export async function getPerson(deps: { people: PeopleRepository }, actor: Actor, id: number): Promise<Person> {
  const person = id === actor.id || can(actor, "people.list") ? await deps.people.findById(id) : null;
  if (!person) throw new AppError("PERSON_NOT_FOUND", `Person ${id} was not found.`);
  return person;
}
