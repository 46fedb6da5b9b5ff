import type { Clock } from "../people/people.ports.js";
import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import { isTriager } from "./access.js";

/** A person's named queue filter, e.g. "Urgent on North campus". */
export interface SavedView {
  id: number;
  name: string;
  filters: Record<string, string>;
  createdAt: string;
}

/** A canned answer helpers reuse for common cases; may point to articles by link. */
export interface SavedReply {
  id: number;
  title: string;
  body: string;
  topicId: number | null;
  createdBy: number;
  createdAt: string;
  updatedAt: string;
}

export interface SavedViewsRepository {
  list(personId: number): Promise<SavedView[]>;
  create(personId: number, view: { name: string; filters: Record<string, string> }, at: string): Promise<SavedView>;
  delete(personId: number, id: number): Promise<boolean>;
}

export interface SavedRepliesRepository {
  list(): Promise<SavedReply[]>;
  findById(id: number): Promise<SavedReply | null>;
  create(reply: { title: string; body: string; topicId: number | null; createdBy: number }, at: string): Promise<SavedReply>;
  update(id: number, changes: { title?: string; body?: string; topicId?: number | null }, at: string): Promise<SavedReply>;
  delete(id: number): Promise<boolean>;
}

const FILTER_KEYS = ["status", "topicId", "mode", "nature", "campusId", "assignee", "urgency", "q", "sort"];

export async function saveView(deps: { views: SavedViewsRepository; clock: Clock }, actor: Actor, input: { name: string; filters: Record<string, string> }): Promise<SavedView> {
  const name = input.name.trim();
  if (!name) throw new AppError("VALIDATION_FAILED", "A saved view needs a name.");
  const unknown = Object.keys(input.filters).filter((k) => !FILTER_KEYS.includes(k));
  if (unknown.length) throw new AppError("VALIDATION_FAILED", `Unknown filter ${unknown.join(", ")}; use ${FILTER_KEYS.join(", ")}.`);
  return deps.views.create(actor.id, { name, filters: input.filters }, deps.clock.now().toISOString());
}

export async function deleteView(deps: { views: SavedViewsRepository }, actor: Actor, id: number): Promise<void> {
  if (!(await deps.views.delete(actor.id, id))) throw new AppError("SAVED_VIEW_NOT_FOUND", `Saved view ${id} was not found.`);
}

/** Helpers and tech read saved replies; tech curates them. */
const mayUseReplies = (actor: Actor) => isTriager(actor) || actor.roles.includes("helper");

export async function listSavedReplies(deps: { replies: SavedRepliesRepository }, actor: Actor): Promise<SavedReply[]> {
  if (!mayUseReplies(actor)) throw new AppError("FORBIDDEN", "Saved replies are for helpers and the tech team.");
  return deps.replies.list();
}

export async function createSavedReply(
  deps: { replies: SavedRepliesRepository; clock: Clock },
  actor: Actor,
  input: { title: string; body: string; topicId?: number | null },
): Promise<SavedReply> {
  if (!isTriager(actor)) throw new AppError("FORBIDDEN", "The tech team curates saved replies.");
  const title = input.title.trim();
  const body = input.body.trim();
  if (!title || !body) throw new AppError("VALIDATION_FAILED", "A saved reply needs a title and a text.");
  return deps.replies.create({ title, body, topicId: input.topicId ?? null, createdBy: actor.id }, deps.clock.now().toISOString());
}

export async function updateSavedReply(
  deps: { replies: SavedRepliesRepository; clock: Clock },
  actor: Actor,
  id: number,
  input: { title?: string; body?: string; topicId?: number | null },
): Promise<SavedReply> {
  if (!isTriager(actor)) throw new AppError("FORBIDDEN", "The tech team curates saved replies.");
  if (!(await deps.replies.findById(id))) throw new AppError("SAVED_REPLY_NOT_FOUND", `Saved reply ${id} was not found.`);
  if (input.title !== undefined && !input.title.trim()) throw new AppError("VALIDATION_FAILED", "A saved reply needs a title.");
  if (input.body !== undefined && !input.body.trim()) throw new AppError("VALIDATION_FAILED", "A saved reply needs a text.");
  return deps.replies.update(id, { title: input.title?.trim(), body: input.body?.trim(), topicId: input.topicId }, deps.clock.now().toISOString());
}

export async function deleteSavedReply(deps: { replies: SavedRepliesRepository }, actor: Actor, id: number): Promise<void> {
  if (!isTriager(actor)) throw new AppError("FORBIDDEN", "The tech team curates saved replies.");
  if (!(await deps.replies.delete(id))) throw new AppError("SAVED_REPLY_NOT_FOUND", `Saved reply ${id} was not found.`);
}
