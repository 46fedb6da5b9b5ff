import type { Insertable, Kysely } from "kysely";
import type { Database, RequestsTable } from "../schema.js";
import type { DemoHistory } from "./demo-requests.js";
import { type PlannedEvent, type PlannedRequest, REF_KEYS } from "./demo-request-story.js";

/** Rows per statement: well under PostgreSQL's 65,535 parameters and SQLite's 32,766 variables. */
const REQUEST_CHUNK = 200;
const ROW_CHUNK = 500;
const URGENCY_RANK = { low: 0, normal: 1, high: 2, urgent: 3 } as const;
const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

export interface WrittenHistory {
  requests: number;
  messages: number;
  events: number;
}

/**
 * Writes a planned history with multi-row inserts (a few dozen statements for the whole year). Needs
 * the demo people, topics and campuses in place; run it inside the seed's transaction.
 */
export async function writeDemoHistory(db: Kysely<Database>, history: DemoHistory): Promise<WrittenHistory> {
  const ids = await lookUpIds(db, history);
  const requestIds = await insertAll(db, "requests", history.requests, REQUEST_CHUNK, (r) => requestRow(r, ids));
  for (const r of history.requests) {
    if (r.mergedInto !== null) await db.updateTable("requests").set({ merged_into_id: requestIds[r.mergedInto]! }).where("id", "=", requestIds[r.index]!).execute();
  }

  // Messages and events go in by time, so ids (and timelines, which read by id) follow the story.
  const messageOrder = history.messages.map((_, i) => i).sort((a, b) => history.messages[a]!.at - history.messages[b]!.at || a - b);
  const insertedMessageIds = await insertAll(db, "request_messages", messageOrder, ROW_CHUNK, (i) => {
    const m = history.messages[i]!;
    return {
      request_id: requestIds[m.request]!,
      author_id: ids.people[m.author]!,
      body: m.body.replace(/\{request:(\d+)\}/g, (_, n: string) => String(requestIds[Number(n)])),
      internal: m.internal ? 1 : 0,
      mentions: "[]",
      created_at: iso(m.at),
    };
  });
  const messageIds: number[] = [];
  messageOrder.forEach((planned, k) => (messageIds[planned] = insertedMessageIds[k]!));

  const refs = { person: ids.people, topic: ids.topics, campus: ids.campuses, message: messageIds, request: requestIds };
  const events = history.requests.flatMap((r) => r.events.map((e) => ({ e, subject: r.index }))).sort((a, b) => a.e.at - b.e.at || a.e.seq - b.e.seq);
  await insertAll(db, "events", events, ROW_CHUNK, ({ e, subject }) => ({
    type: e.type,
    actor_id: e.actor === null ? null : ids.people[e.actor]!,
    subject_type: "request",
    subject_id: requestIds[subject]!,
    data: JSON.stringify(mapRefs(e, refs)),
    created_at: iso(e.at),
  }));

  // Triage corrections are the classifier's training data, as updateRequest records them.
  const corrections = events.filter(({ e }) => e.type === "request.mode_corrected");
  await insertAll(db, "mode_examples", corrections, ROW_CHUNK, ({ e, subject }) => {
    const r = history.requests[subject]!;
    return { text: `${r.title}\n${r.description}`, mode: String(e.data.to), source: "correction", request_id: requestIds[subject]!, created_at: iso(e.at) };
  });
  return { requests: requestIds.length, messages: messageIds.length, events: events.length };
}

async function lookUpIds(db: Kysely<Database>, history: DemoHistory) {
  const people = new Map((await db.selectFrom("people").select(["id", "email"]).execute()).map((p) => [p.email, p.id]));
  const topics = new Map((await db.selectFrom("topics").select(["id", "name"]).execute()).map((t) => [t.name, t.id]));
  const campuses = (await db.selectFrom("campuses").select("id").orderBy("id").execute()).map((c) => c.id);
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`demo history: ${what} is not in the database`);
    return value;
  };
  return {
    people: history.people.map((p) => need(people.get(p.email), p.email)),
    topics: history.topics.map((t) => need(topics.get(t.name), `topic ${t.name}`)),
    campuses: campuses,
  };
}

function requestRow(r: PlannedRequest, ids: { people: number[]; topics: number[]; campuses: number[] }): Insertable<RequestsTable> {
  const person = (i: number | null) => (i === null ? null : ids.people[i]!);
  return {
    title: r.title,
    description: r.description,
    tried: r.tried,
    requester_id: ids.people[r.requester]!,
    topic_id: ids.topics[r.topic]!,
    requested_mode: r.requestedMode,
    mode: r.mode,
    suggested_mode: null,
    suggested_confidence: null,
    suggested_reasons: null,
    nature: r.nature,
    status: r.status,
    urgency: r.urgency,
    urgency_rank: URGENCY_RANK[r.urgency],
    campus_id: ids.campuses[r.campus] ?? null,
    device: r.device,
    assignee_id: person(r.assignee),
    resolver_id: person(r.resolver),
    resolution_kind: r.resolutionKind,
    self_reliance: r.selfReliance,
    satisfaction: r.satisfaction,
    version: r.version,
    created_at: iso(r.createdAt),
    updated_at: iso(r.updatedAt),
    first_response_at: isoOrNull(r.firstResponseAt),
    resolved_at: isoOrNull(r.resolvedAt),
    closed_at: isoOrNull(r.closedAt),
  };
}

/** The event's data with planned indexes replaced by database ids. */
function mapRefs(e: PlannedEvent, refs: Record<keyof typeof REF_KEYS, number[]>): Record<string, unknown> {
  const data = { ...e.data };
  for (const [kind, keys] of Object.entries(REF_KEYS) as [keyof typeof REF_KEYS, readonly string[]][]) {
    for (const key of keys) {
      const value = data[key];
      if (typeof value === "number") data[key] = refs[kind][value];
    }
  }
  return data;
}

/**
 * Inserts rows in chunks and returns their ids in input order. Within one statement ids are handed out
 * in VALUES order on both engines, so sorting what RETURNING gives back restores that order.
 */
async function insertAll<T, K extends "requests" | "request_messages" | "events" | "mode_examples">(
  db: Kysely<Database>,
  table: K,
  items: readonly T[],
  size: number,
  toRow: (item: T) => Insertable<Database[K]>,
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < items.length; i += size) {
    const rows = items.slice(i, i + size).map(toRow);
    const inserted = await db.insertInto(table).values(rows as never).returning("id" as never).execute();
    ids.push(...(inserted as unknown as { id: number }[]).map((row) => Number(row.id)).sort((a, b) => a - b));
  }
  return ids;
}
