import { AppError } from "../shared/errors.js";
import { authorize } from "./permissions.js";
import type { Clock, EventLog, NewTopic, TopicsRepository } from "./people.ports.js";
import type { Actor, CommunityAudience, Topic, TopicNature } from "./people.types.js";

type Deps = { topics: TopicsRepository; events: EventLog; clock: Clock };

export interface TopicInput {
  name: string;
  parentId?: number | null;
  nature: TopicNature;
  description?: string;
  communityAudience?: CommunityAudience;
  autoAssign?: boolean;
}

/** Adds a topic to the tree (tech and admin; the system when actor is null). */
export async function createTopic(deps: Deps, actor: Actor | null, input: TopicInput): Promise<Topic> {
  if (actor) authorize(actor, "topics.manage");
  const topic: NewTopic = {
    name: requireName(input.name),
    parentId: input.parentId ?? null,
    nature: input.nature,
    description: input.description?.trim() ?? "",
    communityAudience: input.communityAudience,
    autoAssign: input.autoAssign,
  };
  if (topic.parentId !== null && !(await deps.topics.findById(topic.parentId))) {
    throw new AppError("TOPIC_NOT_FOUND", `Parent topic ${topic.parentId} was not found.`);
  }
  if (await deps.topics.findByName(topic.name, topic.parentId)) {
    throw new AppError("TOPIC_NAME_TAKEN", `A topic named "${topic.name}" exists already at that place in the tree.`);
  }
  const created = await deps.topics.create(topic);
  await record(deps, actor, "topic.created", created.id);
  return created;
}

export async function updateTopic(
  deps: Deps,
  actor: Actor,
  id: number,
  input: Partial<TopicInput> & { archived?: boolean },
): Promise<Topic> {
  authorize(actor, "topics.manage");
  const current = await deps.topics.findById(id);
  if (!current) throw new AppError("TOPIC_NOT_FOUND", `Topic ${id} was not found.`);
  const changes: Partial<NewTopic & { archived: boolean }> = {};
  if (input.name !== undefined) changes.name = requireName(input.name);
  if (input.nature !== undefined) changes.nature = input.nature;
  if (input.description !== undefined) changes.description = input.description.trim();
  if (input.archived !== undefined) changes.archived = input.archived;
  if (input.communityAudience !== undefined) changes.communityAudience = input.communityAudience;
  if (input.autoAssign !== undefined) changes.autoAssign = input.autoAssign;
  if (input.parentId !== undefined) {
    changes.parentId = input.parentId;
    if (input.parentId !== null) await refuseCycle(deps.topics, id, input.parentId);
  }
  const name = changes.name ?? current.name;
  const parentId = changes.parentId !== undefined ? changes.parentId : current.parentId;
  const clash = await deps.topics.findByName(name, parentId);
  if (clash && clash.id !== id) throw new AppError("TOPIC_NAME_TAKEN", `A topic named "${name}" exists already at that place in the tree.`);
  const updated = await deps.topics.update(id, changes);
  await record(deps, actor, "topic.updated", id, { fields: Object.keys(input) });
  return updated;
}

/** A topic can't become its own ancestor. */
async function refuseCycle(topics: TopicsRepository, id: number, parentId: number): Promise<void> {
  const seen = new Set<number>();
  for (let at: number | null = parentId; at !== null; ) {
    if (at === id) throw new AppError("TOPIC_CYCLE", "A topic can't be placed under itself or one of its own subtopics.");
    if (seen.has(at)) break;
    seen.add(at);
    const parent: Topic | null = await topics.findById(at);
    if (!parent) throw new AppError("TOPIC_NOT_FOUND", `Parent topic ${at} was not found.`);
    at = parent.parentId;
  }
}

function requireName(raw: string): string {
  const name = raw.trim();
  if (!name) throw new AppError("VALIDATION_FAILED", "A topic needs a name.");
  return name;
}

async function record(deps: Deps, actor: Actor | null, type: string, id: number, data?: Record<string, unknown>) {
  await deps.events.append({ type, actorId: actor?.id ?? null, subjectType: "topic", subjectId: id, data, at: deps.clock.now().toISOString() });
}

/** Topics visible to an actor: archived ones only for those who manage topics. */
export async function listTopics(deps: { topics: TopicsRepository }, actor: Actor, options: { includeArchived?: boolean } = {}): Promise<Topic[]> {
  const mayManage = actor.roles.includes("tech") || actor.roles.includes("admin");
  return deps.topics.list({ includeArchived: options.includeArchived === true && mayManage });
}
