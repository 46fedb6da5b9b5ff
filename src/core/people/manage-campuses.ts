import { AppError } from "../shared/errors.js";
import { authorize } from "./permissions.js";
import type { CampusesRepository, Clock, EventLog } from "./people.ports.js";
import type { Actor, Campus } from "./people.types.js";

type Deps = { campuses: CampusesRepository; events: EventLog; clock: Clock };

/** True when the runtime knows the IANA zone (Intl is part of the language, not I/O). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone.includes("/") || zone === "UTC";
  } catch {
    return false;
  }
}

export async function createCampus(deps: Deps, actor: Actor | null, input: { name: string; timeZone: string }): Promise<Campus> {
  if (actor) authorize(actor, "campuses.manage");
  const name = input.name.trim();
  if (!name) throw new AppError("VALIDATION_FAILED", "A campus needs a name.");
  if (!isTimeZone(input.timeZone)) throw new AppError("INVALID_TIME_ZONE", `"${input.timeZone}" is not an IANA time zone such as Europe/Lisbon.`);
  if (await deps.campuses.findByName(name)) throw new AppError("CAMPUS_NAME_TAKEN", `A campus named "${name}" exists already.`);
  const campus = await deps.campuses.create({ name, timeZone: input.timeZone });
  await deps.events.append({ type: "campus.created", actorId: actor?.id ?? null, subjectType: "campus", subjectId: campus.id, at: deps.clock.now().toISOString() });
  return campus;
}

export async function updateCampus(deps: Deps, actor: Actor, id: number, input: { name?: string; timeZone?: string }): Promise<Campus> {
  authorize(actor, "campuses.manage");
  if (!(await deps.campuses.findById(id))) throw new AppError("CAMPUS_NOT_FOUND", `Campus ${id} was not found.`);
  const changes: { name?: string; timeZone?: string } = {};
  if (input.name !== undefined) {
    changes.name = input.name.trim();
    if (!changes.name) throw new AppError("VALIDATION_FAILED", "A campus needs a name.");
    const clash = await deps.campuses.findByName(changes.name);
    if (clash && clash.id !== id) throw new AppError("CAMPUS_NAME_TAKEN", `A campus named "${changes.name}" exists already.`);
  }
  if (input.timeZone !== undefined) {
    if (!isTimeZone(input.timeZone)) throw new AppError("INVALID_TIME_ZONE", `"${input.timeZone}" is not an IANA time zone such as Europe/Lisbon.`);
    changes.timeZone = input.timeZone;
  }
  const campus = await deps.campuses.update(id, changes);
  await deps.events.append({ type: "campus.updated", actorId: actor.id, subjectType: "campus", subjectId: id, at: deps.clock.now().toISOString() });
  return campus;
}
