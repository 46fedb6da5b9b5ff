import { type Insertable, type Kysely, sql } from "kysely";
import type { Database } from "../schema.js";
import type { DemoCommunity } from "./demo-community.js";
import type { DemoHistory } from "./demo-requests.js";

/** Rows per statement: at most six columns, far below both engines' parameter limits. */
const ROW_CHUNK = 500;
/** Ids per `in (…)` list. */
const ID_CHUNK = 500;
const iso = (ms: number) => new Date(ms).toISOString();

export interface WrittenCommunity {
  skills: number;
  interests: number;
  profiles: number;
  groupMembers: number;
  groupRequests: number;
  staffOnly: number;
  community: number;
}

/**
 * Writes the planned community with multi-row inserts and a few set-based updates of the history's
 * requests and topics (no assignee, resolver or event changes). Needs the demo history written first;
 * run it inside the seed's transaction.
 */
export async function writeDemoCommunity(db: Kysely<Database>, history: DemoHistory, plan: DemoCommunity, at: string): Promise<WrittenCommunity> {
  const ids = await lookUpIds(db, history);
  const person = (i: number) => ids.people[i]!;
  const topic = (i: number) => ids.topics[i]!;
  const request = (i: number) => ids.requests[i]!;

  await insertAll(db, "skills", plan.skills, (s) => ({
    person_id: person(s.person), topic_id: topic(s.topic), level: s.level, source: s.source,
    endorsed_by: s.endorsedBy === null ? null : person(s.endorsedBy), updated_at: iso(s.at),
  }));
  await insertAll(db, "interests", plan.interests, (i) => ({ person_id: person(i.person), topic_id: topic(i.topic) }));
  await insertAll(db, "helper_profiles", plan.profiles, (p) => ({
    person_id: person(p.person), days: p.days.join(","), hours_per_week: p.hoursPerWeek, open_cap: p.openCap, away: p.away ? 1 : 0, bio: p.bio, updated_at: at,
  }));
  const group = await db
    .insertInto("helper_groups")
    .values({ name: plan.group.name, description: plan.group.description, created_at: iso(plan.group.createdAt) })
    .returning("id")
    .executeTakeFirstOrThrow();
  await insertAll(db, "group_members", plan.group.members, (m) => ({ group_id: group.id, person_id: person(m.person), role: m.role }));

  await setWhereIn(db, plan.groupRequests.map(request), { group_id: group.id });
  await setWhereIn(db, plan.staffOnly.map(request), { staff_only: 1 });
  await setWhereIn(db, plan.community.map(request), { community: 1 });
  for (let i = 0; i < plan.minutesSpent.length; i += ID_CHUNK) {
    const chunk = plan.minutesSpent.slice(i, i + ID_CHUNK);
    // One CASE per chunk; the cast keeps PostgreSQL from reading the parameters as text.
    const cases = sql.join(chunk.map((m) => sql`when ${request(m.request)} then cast(${m.minutes} as integer)`), sql` `);
    await db
      .updateTable("requests")
      .set({ minutes_spent: sql<number>`case id ${cases} end` })
      .where("id", "in", chunk.map((m) => request(m.request)))
      .execute();
  }
  if (plan.everyoneTopics.length > 0) await db.updateTable("topics").set({ community_audience: "everyone" }).where("id", "in", plan.everyoneTopics.map(topic)).execute();
  if (plan.autoAssignTopics.length > 0) await db.updateTable("topics").set({ auto_assign: 1 }).where("id", "in", plan.autoAssignTopics.map(topic)).execute();
  return {
    skills: plan.skills.length,
    interests: plan.interests.length,
    profiles: plan.profiles.length,
    groupMembers: plan.group.members.length,
    groupRequests: plan.groupRequests.length,
    staffOnly: plan.staffOnly.length,
    community: plan.community.length,
  };
}

async function lookUpIds(db: Kysely<Database>, history: DemoHistory) {
  const people = new Map((await db.selectFrom("people").select(["id", "email"]).execute()).map((p) => [p.email, p.id]));
  const topics = new Map((await db.selectFrom("topics").select(["id", "name"]).execute()).map((t) => [t.name, t.id]));
  // The history's requests went in first, in plan order, on an empty table: ids follow the plan.
  const requests = await db.selectFrom("requests").select(["id", "title"]).orderBy("id").execute();
  if (requests.length !== history.requests.length || requests.some((r, i) => r.title !== history.requests[i]!.title)) {
    throw new Error("demo community: the requests in the database are not the demo history's");
  }
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`demo community: ${what} is not in the database`);
    return value;
  };
  return {
    people: history.people.map((p) => need(people.get(p.email), p.email)),
    topics: history.topics.map((t) => need(topics.get(t.name), `topic ${t.name}`)),
    requests: requests.map((r) => r.id),
  };
}

async function setWhereIn(db: Kysely<Database>, ids: readonly number[], values: { group_id?: number; staff_only?: number; community?: number }): Promise<void> {
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    await db.updateTable("requests").set(values).where("id", "in", ids.slice(i, i + ID_CHUNK)).execute();
  }
}

async function insertAll<T, K extends "skills" | "interests" | "helper_profiles" | "group_members">(
  db: Kysely<Database>,
  table: K,
  items: readonly T[],
  toRow: (item: T) => Insertable<Database[K]>,
): Promise<void> {
  for (let i = 0; i < items.length; i += ROW_CHUNK) {
    await db.insertInto(table).values(items.slice(i, i + ROW_CHUNK).map(toRow) as never).execute();
  }
}
