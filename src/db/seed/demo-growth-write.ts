import { type Insertable, type Kysely, sql } from "kysely";
import type { Database } from "../schema.js";
import type { DemoGrowth } from "./demo-growth.js";
import type { DemoHistory } from "./demo-requests.js";

/** Rows per statement: at most sixteen columns, far below both engines' parameter limits. */
const ROW_CHUNK = 400;
const iso = (ms: number) => new Date(ms).toISOString();

export interface WrittenGrowth {
  trainings: number;
  enrolments: number;
  materials: number;
  raises: number;
  ideas: number;
  events: number;
}

/**
 * Writes the planned trainings (materials, enrolments, attendance), the skills they raised and the idea
 * proposals (topics, mentors, milestones, updates, events) with multi-row inserts. Needs the history,
 * knowledge base and community written first; run it inside the seed's transaction. Indexes nothing.
 */
export async function writeDemoGrowth(db: Kysely<Database>, history: DemoHistory, plan: DemoGrowth, articleCount: number): Promise<WrittenGrowth> {
  const ids = await lookUpIds(db, history, articleCount);
  const person = (i: number) => ids.people[i]!;
  const topic = (i: number) => ids.topics[i]!;
  const campus = (i: number | null) => (i === null ? null : (ids.campuses[i] ?? null));

  const trainingIds = await insertWithIds(db, "trainings", plan.trainings, (t) => ({
    topic_id: topic(t.topic), title: t.title, description: t.description, facilitator_id: person(t.facilitator), campus_id: campus(t.campus),
    starts_at: iso(t.startsAt), duration_minutes: t.durationMinutes, place: t.place, video_url: t.videoUrl, capacity: t.capacity, status: "scheduled",
    created_by: person(t.createdBy), created_at: iso(t.createdAt), updated_at: iso(t.createdAt),
  }));
  const training = (i: number) => trainingIds[i]!;
  await insertAll(db, "training_materials", plan.trainings.flatMap((t) => t.materials.map((a) => ({ t, a }))), ({ t, a }) => ({ training_id: training(t.index), article_id: ids.articles[a]! }));
  const enrolments = plan.trainings.flatMap((t) => t.enrolments.map((e) => ({ t, e })));
  await insertAll(db, "enrolments", enrolments, ({ t, e }) => ({
    training_id: training(t.index), person_id: person(e.person), status: e.status, position: e.position, created_at: iso(e.createdAt),
    updated_at: iso(e.markedAt ?? e.createdAt), attended: e.attended ? 1 : 0, attendance_marked_at: e.markedAt === null ? null : iso(e.markedAt),
  }));

  // Raised skills: a new row, or the community's row moved up (its endorsement kept).
  for (let i = 0; i < plan.skills.length; i += ROW_CHUNK) {
    await db
      .insertInto("skills")
      .values(plan.skills.slice(i, i + ROW_CHUNK).map((s) => ({ person_id: person(s.person), topic_id: topic(s.topic), level: s.level, source: "training", endorsed_by: null, updated_at: iso(s.at) })))
      .onConflict((oc) => oc.columns(["person_id", "topic_id"]).doUpdateSet({ level: sql`excluded.level`, source: sql`excluded.source`, updated_at: sql`excluded.updated_at` }))
      .execute();
  }

  const ideaIds = await insertWithIds(db, "ideas", plan.ideas, (d) => ({
    owner_id: person(d.owner), title: d.title, pitch: d.pitch, goals: d.goals, timeline: d.timeline, support_needed: d.support.join(","), status: d.status,
    paused_from: d.pausedFrom, request_id: d.request === null ? null : ids.requests[d.request]!, copied_from_id: null, campus_id: campus(d.campus),
    created_at: iso(d.createdAt), updated_at: iso(d.updatedAt), shipped_at: d.shippedAt === null ? null : iso(d.shippedAt), version: d.version,
  }));
  const idea = (i: number) => ideaIds[i]!;
  for (const d of plan.ideas) if (d.copiedFrom !== null) await db.updateTable("ideas").set({ copied_from_id: idea(d.copiedFrom) }).where("id", "=", idea(d.index)).execute();
  await insertAll(db, "idea_topics", plan.ideas.flatMap((d) => d.topics.map((t) => ({ d, t }))), ({ d, t }) => ({ idea_id: idea(d.index), topic_id: topic(t) }));
  await insertAll(db, "idea_mentors", plan.ideas.flatMap((d) => d.mentors.map((m) => ({ d, m }))), ({ d, m }) => ({ idea_id: idea(d.index), person_id: person(m.person), added_at: iso(m.at) }));
  await insertAll(db, "idea_milestones", plan.ideas.flatMap((d) => d.milestones.map((m, k) => ({ d, m, k }))), ({ d, m, k }) => ({
    idea_id: idea(d.index), title: m.title, due_on: m.dueOn, done_at: m.doneAt === null ? null : iso(m.doneAt), position: k + 1,
  }));
  await insertAll(db, "idea_updates", plan.ideas.flatMap((d) => d.updates.map((u) => ({ d, u }))), ({ d, u }) => ({ idea_id: idea(d.index), author_id: person(u.author), kind: u.kind, body: u.body, created_at: iso(u.at) }));

  // Events, by time: trainings scheduled and their attendance, skills raised, the ideas' lives.
  const refs = (data: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...data };
    if (typeof out.personId === "number") out.personId = person(out.personId);
    if (typeof out.requestId === "number") out.requestId = ids.requests[out.requestId];
    for (const key of ["ideaId", "copyId", "copiedFromId"]) if (typeof out[key] === "number") out[key] = idea(out[key]);
    if (Array.isArray(out.mentors)) out.mentors = (out.mentors as { personId: number; name: string }[]).map((m) => ({ ...m, personId: person(m.personId) }));
    return out;
  };
  type Row = Insertable<Database["events"]>;
  const events: Row[] = [
    ...plan.trainings.flatMap((t): Row[] => {
      const attended = t.enrolments.filter((e) => e.attended);
      return [
        { type: "training.scheduled", actor_id: person(t.createdBy), subject_type: "training", subject_id: training(t.index), data: JSON.stringify({ topicId: topic(t.topic), startsAt: iso(t.startsAt) }), created_at: iso(t.createdAt) },
        ...(attended.length === 0 ? [] : [{ type: "training.attendance_taken", actor_id: person(t.facilitator), subject_type: "training", subject_id: training(t.index), data: JSON.stringify({ attended: attended.map((e) => person(e.person)) }), created_at: iso(attended[0]!.markedAt!) }]),
      ];
    }),
    ...plan.raises.map((r): Row => ({
      type: "skill.raised", actor_id: null, subject_type: "person", subject_id: person(r.person),
      data: JSON.stringify({ topicId: topic(r.topic), from: r.from, to: r.to, because: "attended a training on the topic", trainingId: training(r.training) }), created_at: iso(r.at),
    })),
    ...plan.ideas.flatMap((d) => d.events.map((e): Row => ({
      type: e.type, actor_id: person(e.actor), subject_type: e.subject, subject_id: e.subject === "idea" ? idea(d.index) : ids.requests[d.request!]!, data: JSON.stringify(refs(e.data)), created_at: iso(e.at),
    }))),
  ].sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
  await insertAll(db, "events", events, (e) => e);
  return { trainings: trainingIds.length, enrolments: enrolments.length, materials: plan.trainings.reduce((n, t) => n + t.materials.length, 0), raises: plan.raises.length, ideas: ideaIds.length, events: events.length };
}

async function lookUpIds(db: Kysely<Database>, history: DemoHistory, articleCount: number) {
  const people = new Map((await db.selectFrom("people").select(["id", "email"]).execute()).map((p) => [p.email, p.id]));
  const topics = new Map((await db.selectFrom("topics").select(["id", "name"]).execute()).map((t) => [t.name, t.id]));
  const campuses = (await db.selectFrom("campuses").select("id").orderBy("id").execute()).map((c) => c.id);
  // The history's requests and the knowledge base's articles went in first, in plan order, on empty tables.
  const requests = (await db.selectFrom("requests").select("id").orderBy("id").execute()).map((r) => r.id);
  const articles = (await db.selectFrom("articles").select("id").orderBy("id").execute()).map((a) => a.id);
  if (requests.length !== history.requests.length || articles.length !== articleCount) throw new Error("demo growth: the requests or articles in the database are not the demo's");
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`demo growth: ${what} is not in the database`);
    return value;
  };
  return {
    people: history.people.map((p) => need(people.get(p.email), p.email)),
    topics: history.topics.map((t) => need(topics.get(t.name), `topic ${t.name}`)),
    campuses,
    requests,
    articles,
  };
}

type GrowthTable = "training_materials" | "enrolments" | "idea_topics" | "idea_mentors" | "idea_milestones" | "idea_updates" | "events";

async function insertAll<T, K extends GrowthTable>(db: Kysely<Database>, table: K, items: readonly T[], toRow: (item: T) => Insertable<Database[K]>): Promise<void> {
  for (let i = 0; i < items.length; i += ROW_CHUNK) await db.insertInto(table).values(items.slice(i, i + ROW_CHUNK).map(toRow) as never).execute();
}

/** Ids in input order: within one statement both engines hand out ids in VALUES order. */
async function insertWithIds<T, K extends "trainings" | "ideas">(db: Kysely<Database>, table: K, items: readonly T[], toRow: (item: T) => Insertable<Database[K]>): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < items.length; i += ROW_CHUNK) {
    const inserted = await db.insertInto(table).values(items.slice(i, i + ROW_CHUNK).map(toRow) as never).returning("id" as never).execute();
    ids.push(...(inserted as unknown as { id: number }[]).map((r) => Number(r.id)).sort((a, b) => a - b));
  }
  return ids;
}
