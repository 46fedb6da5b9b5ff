import type { EventLog, Clock, PeopleRepository } from "../../people/people.ports.js";
import type { Actor } from "../../people/people.types.js";
import { isTriager } from "../../requests/access.js";
import { AppError } from "../../shared/errors.js";
import type { GroupsRepository } from "./groups.ports.js";
import type { GroupRole, HelperGroup } from "./groups.types.js";

type GroupPorts = { groups: GroupsRepository; people: PeopleRepository; events: EventLog; clock: Clock };

const requireManager = (actor: Actor) => {
  if (!isTriager(actor)) throw new AppError("FORBIDDEN", "Helper groups are managed by the tech team and admins.");
};

const record = (deps: { events: EventLog }, type: string, actor: Actor, groupId: number, at: string, data: Record<string, unknown>) =>
  deps.events.append({ type, actorId: actor.id, subjectType: "group", subjectId: groupId, data, at });

/** Tech and admin see every group; everyone else the groups they are on. */
export async function listGroups(deps: { groups: GroupsRepository }, actor: Actor): Promise<HelperGroup[]> {
  const groups = await deps.groups.list();
  return isTriager(actor) ? groups : groups.filter((g) => g.members.some((m) => m.personId === actor.id));
}

/** A group the actor may look at: 404 GROUP_NOT_FOUND otherwise. */
export async function getGroup(deps: { groups: GroupsRepository }, actor: Actor, id: number): Promise<HelperGroup> {
  const group = await deps.groups.findById(id);
  if (!group || !(isTriager(actor) || group.members.some((m) => m.personId === actor.id))) throw new AppError("GROUP_NOT_FOUND", `Group ${id} was not found.`);
  return group;
}

export async function createGroup(deps: GroupPorts, actor: Actor, input: { name: string; description?: string }): Promise<HelperGroup> {
  requireManager(actor);
  const name = input.name.trim();
  if (!name) throw new AppError("VALIDATION_FAILED", "A group needs a name.");
  if (await deps.groups.findByName(name)) throw new AppError("GROUP_NAME_TAKEN", `There is already a group called "${name}".`);
  const at = deps.clock.now().toISOString();
  const group = await deps.groups.create({ name, description: input.description?.trim() ?? "", at });
  await record(deps, "group.created", actor, group.id, at, { name });
  return group;
}

/** Puts a person on a group as a member or supervisor; supervisors are staff, never students. */
export async function setGroupMember(deps: GroupPorts, actor: Actor, groupId: number, personId: number, role: GroupRole): Promise<HelperGroup> {
  requireManager(actor);
  if (!(await deps.groups.findById(groupId))) throw new AppError("GROUP_NOT_FOUND", `Group ${groupId} was not found.`);
  const person = await deps.people.findById(personId);
  if (!person) throw new AppError("PERSON_NOT_FOUND", `Person ${personId} was not found.`);
  if (role === "supervisor" && person.kind === "student") throw new AppError("VALIDATION_FAILED", "Supervisors are staff; a student joins as a member.");
  await deps.groups.setMember(groupId, personId, role);
  await record(deps, "group.member_set", actor, groupId, deps.clock.now().toISOString(), { personId, role });
  return (await deps.groups.findById(groupId))!;
}

export async function removeGroupMember(deps: GroupPorts, actor: Actor, groupId: number, personId: number): Promise<void> {
  requireManager(actor);
  if (!(await deps.groups.findById(groupId))) throw new AppError("GROUP_NOT_FOUND", `Group ${groupId} was not found.`);
  if (!(await deps.groups.removeMember(groupId, personId))) throw new AppError("GROUP_MEMBER_NOT_FOUND", `Person ${personId} is not on group ${groupId}.`);
  await record(deps, "group.member_removed", actor, groupId, deps.clock.now().toISOString(), { personId });
}
