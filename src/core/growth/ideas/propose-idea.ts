import type { TopicsRepository } from "../../people/people.ports.js";
import type { Actor } from "../../people/people.types.js";
import { loadVisible, recordEvent } from "../../requests/request-deps.js";
import type { RequestsRepository } from "../../requests/requests.ports.js";
import { AppError } from "../../shared/errors.js";
import { loadVisibleIdea, recordIdeaEvent, type IdeaWriteDeps } from "./idea-deps.js";
import type { Idea, IdeaInput } from "./ideas.types.js";

/** Any member proposes an idea; they own it and do the work. */
export async function proposeIdea(deps: IdeaWriteDeps & { topics: TopicsRepository }, actor: Actor, input: IdeaInput): Promise<Idea> {
  const at = deps.clock.now().toISOString();
  const idea = await deps.ideas.create(await newIdea(deps.topics, actor, input, { requestId: null, copiedFromId: null }), at);
  await recordIdeaEvent(deps.events, "idea.proposed", actor, idea.id, at, { title: idea.title });
  return idea;
}

/**
 * The requester of an `idea` request turns it into a proposal, pre-filled from the request and linked
 * to it, so the request's timeline (messages, events) stays its history. The request itself stays open
 * for its handler to resolve.
 */
export async function ideaFromRequest(
  deps: IdeaWriteDeps & { topics: TopicsRepository; requests: RequestsRepository },
  actor: Actor,
  requestId: number,
): Promise<Idea> {
  const request = await loadVisible(deps.requests, actor, requestId);
  if (request.requesterId !== actor.id) throw new AppError("FORBIDDEN", "Only the person who asked may turn a request into their idea proposal.");
  if (request.mode !== "idea") throw new AppError("NOT_AN_IDEA_REQUEST", `Request ${requestId} asks for "${request.mode}", not help with an idea.`);
  const existing = await deps.ideas.findByRequest(requestId);
  if (existing) throw new AppError("REQUEST_ALREADY_IDEA", `Request ${requestId} already grew into idea ${existing.id}.`, { ideaId: existing.id });
  // The owner edits the rest (goals, timeline, more topics) once it is theirs.
  const input: IdeaInput = { title: request.title, pitch: request.description.trim() || request.title, support: ["mentoring"], topicIds: [request.topicId] };
  const at = deps.clock.now().toISOString();
  const idea = await deps.ideas.create(await newIdea(deps.topics, actor, input, { requestId, copiedFromId: null, campusId: request.campusId }), at);
  await recordIdeaEvent(deps.events, "idea.proposed", actor, idea.id, at, { title: idea.title, requestId });
  await recordEvent(deps, "request.became_idea", actor, requestId, at, { ideaId: idea.id });
  return idea;
}

/** Starts a new proposal of the caller's from a shipped idea: pitch, goals and milestones, not its progress. */
export async function copyIdea(deps: IdeaWriteDeps & { topics: TopicsRepository }, actor: Actor, sourceId: number): Promise<Idea> {
  const source = await loadVisibleIdea(deps.ideas, actor, sourceId);
  if (source.status !== "shipped") throw new AppError("INVALID_IDEA_STATUS", "Only shipped ideas (the gallery) can be copied.");
  const at = deps.clock.now().toISOString();
  // Topics archived since it shipped are left behind rather than refusing the copy.
  const live = await Promise.all(source.topicIds.map(async (id) => ((await deps.topics.findById(id))?.archived === false ? id : null)));
  const input: IdeaInput = { title: source.title, pitch: source.pitch, goals: source.goals, timeline: source.timeline, support: source.support, topicIds: live.filter((id) => id !== null) };
  const created = await deps.ideas.create(await newIdea(deps.topics, actor, input, { requestId: null, copiedFromId: source.id }), at);
  for (const m of source.milestones) await deps.ideas.addMilestone(created.id, { title: m.title, dueOn: null });
  await recordIdeaEvent(deps.events, "idea.proposed", actor, created.id, at, { title: created.title, copiedFromId: source.id });
  await recordIdeaEvent(deps.events, "idea.copied", actor, source.id, at, { copyId: created.id });
  return (await deps.ideas.findById(created.id))!;
}

async function newIdea(
  topics: TopicsRepository,
  actor: Actor,
  input: IdeaInput,
  origin: { requestId: number | null; copiedFromId: number | null; campusId?: number | null },
) {
  const topicIds = await checkTopics(topics, input.topicIds ?? []);
  return {
    ownerId: actor.id,
    title: input.title.trim(),
    pitch: input.pitch.trim(),
    goals: input.goals?.trim() ?? "",
    timeline: input.timeline?.trim() ?? "",
    support: [...new Set(input.support ?? [])],
    topicIds,
    requestId: origin.requestId,
    copiedFromId: origin.copiedFromId,
    campusId: origin.campusId ?? actor.campusId,
  };
}

/** The distinct topic ids, each known (archived topics stay valid on old ideas but can't be picked anew). */
export async function checkTopics(topics: TopicsRepository, ids: readonly number[]): Promise<number[]> {
  const unique = [...new Set(ids)];
  for (const id of unique) {
    const topic = await topics.findById(id);
    if (!topic || topic.archived) throw new AppError("TOPIC_NOT_FOUND", `Topic ${id} was not found.`);
  }
  return unique;
}
