import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

/**
 * A small, hand-countable history for insight tests (both engines, and the route tests): two campuses, three
 * topics (Chromebooks under Devices), four requesters, five helpers, twelve requests in July 2026, one request
 * in May (repeat history and the previous period) and four deflections. The expected figures are in
 * insight-records.db.test.ts, worked out by hand.
 */
export const WINDOW = { from: "2026-05-31T23:00:00.000Z", to: "2026-08-31T23:00:00.000Z" };

const PEOPLE = {
  r1: { name: "Rita Requester", kind: "teacher", campus: "north", roles: [] as string[] },
  r2: { name: "Raul Requester", kind: "teacher", campus: "north", roles: [] },
  r3: { name: "Stella Student", kind: "student", campus: "north", roles: [] },
  r4: { name: "Sam Staff", kind: "staff", campus: "south", roles: [] },
  h1: { name: "Tess Tech", kind: "staff", campus: "north", roles: ["tech", "helper"] },
  h2: { name: "Hugo Helper", kind: "teacher", campus: "north", roles: ["helper"] },
  h3: { name: "Tim Teamstudent", kind: "student", campus: "north", roles: ["helper"] },
  h4: { name: "Hana Southhelper", kind: "teacher", campus: "south", roles: ["helper"] },
  h5: { name: "Olga Other", kind: "other", campus: "north", roles: ["helper"] },
} as const;

export type FixturePerson = keyof typeof PEOPLE;
type TopicKey = "devices" | "chromebooks" | "network";

/** [requester, helper, topic, mode, selfReliance, linked, day of July 2026 (resolved the same day unless null helper)] */
const REQUESTS: [FixturePerson, FixturePerson | null, TopicKey, "guide" | "idea" | "do", "yes" | "partly" | "no" | null, boolean, number][] = [
  ["r1", "h1", "network", "do", null, true, 2],
  ["r1", "h1", "network", "do", null, false, 3],
  ["r1", "h1", "chromebooks", "do", "no", false, 4],
  ["r1", "h1", "chromebooks", "guide", "yes", true, 5],
  ["r2", "h1", "devices", "do", null, false, 6],
  ["r2", "h2", "chromebooks", "guide", "yes", false, 7],
  ["r2", "h2", "devices", "idea", "partly", false, 8],
  ["r3", "h3", "chromebooks", "guide", "yes", false, 9],
  ["r3", "h4", "devices", "guide", "no", true, 10],
  ["r4", "h5", "network", "do", null, false, 11],
  ["r1", null, "chromebooks", "do", null, false, 12],
  ["r1", null, "devices", "do", null, false, 13],
];

export interface InsightHistory {
  campuses: { north: number; south: number };
  topics: Record<TopicKey, number>;
  people: Record<FixturePerson, number>;
}

/** Writes the history with plain inserts; `passwordHash` lets route tests sign the people in. */
export async function writeInsightHistory(kysely: Kysely<Database>, options: { passwordHash?: string; emailPrefix?: string } = {}): Promise<InsightHistory> {
  const at = "2026-05-01T00:00:00.000Z";
  const campus = async (name: string, time_zone: string) => (await kysely.insertInto("campuses").values({ name, time_zone }).returning("id").executeTakeFirstOrThrow()).id;
  const campuses = { north: await campus("North campus", "Europe/London"), south: await campus("South campus", "America/New_York") };
  const topic = async (name: string, nature: string, parent_id: number | null) =>
    (await kysely.insertInto("topics").values({ name, nature, parent_id, description: "", archived: 0 }).returning("id").executeTakeFirstOrThrow()).id;
  const devices = await topic("Devices", "learnable", null);
  const topics = { devices, chromebooks: await topic("Chromebooks", "learnable", devices), network: await topic("Network", "specialist", null) };
  const natures: Record<TopicKey, string> = { devices: "learnable", chromebooks: "learnable", network: "specialist" };

  const people = {} as Record<FixturePerson, number>;
  for (const [key, p] of Object.entries(PEOPLE) as [FixturePerson, (typeof PEOPLE)[FixturePerson]][]) {
    const id = (
      await kysely
        .insertInto("people")
        .values({ name: p.name, email: `${options.emailPrefix ?? ""}${key}@insights.example`, kind: p.kind, campus_id: campuses[p.campus], locale: "en", password_hash: options.passwordHash ?? null, active: 1, created_at: at, updated_at: at })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
    people[key] = id;
    if (p.roles.length) await kysely.insertInto("person_roles").values(p.roles.map((role) => ({ person_id: id, role }))).execute();
  }

  const article = (
    await kysely
      .insertInto("articles")
      .values({ title: "Chromebook basics", body: "…", state: "validated", audience: "everyone", author_id: people.h1, created_at: at, updated_at: at })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  await kysely.insertInto("article_topics").values({ article_id: article, topic_id: topics.chromebooks }).execute();

  const insert = async (requester: FixturePerson, helper: FixturePerson | null, t: TopicKey, mode: string, selfReliance: string | null, created: string, resolved: string | null) =>
    (
      await kysely
        .insertInto("requests")
        .values({
          title: `${mode} on ${t}`,
          description: "",
          tried: "",
          requester_id: people[requester],
          topic_id: topics[t],
          requested_mode: mode,
          mode,
          nature: natures[t],
          status: resolved ? "resolved" : "new",
          urgency: "normal",
          urgency_rank: 1,
          campus_id: campuses[PEOPLE[requester].campus],
          resolver_id: helper ? people[helper] : null,
          resolution_kind: resolved ? (mode === "do" ? (natures[t] === "specialist" ? "specialist_fix" : "done_for") : "guided") : null,
          self_reliance: selfReliance,
          created_at: created,
          updated_at: resolved ?? created,
          resolved_at: resolved,
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;

  // History: before the window (the previous period's only request), making r3's July Devices request a repeat.
  await insert("r3", "h1", "devices", "guide", "yes", "2026-05-20T10:00:00.000Z", "2026-05-20T15:00:00.000Z");
  for (const [requester, helper, t, mode, selfReliance, linked, day] of REQUESTS) {
    const dd = String(day).padStart(2, "0");
    const id = await insert(requester, helper, t, mode, selfReliance, `2026-07-${dd}T10:00:00.000Z`, helper ? `2026-07-${dd}T15:00:00.000Z` : null);
    if (linked) await kysely.insertInto("article_links").values({ article_id: article, request_id: id, kind: "solved_by", created_by: people.h1, created_at: `2026-07-${dd}T15:00:00.000Z` }).execute();
    // A "viewed" link is not a KCS link.
    else if (helper) await kysely.insertInto("article_links").values({ article_id: article, request_id: id, kind: "viewed", created_by: people.h1, created_at: `2026-07-${dd}T15:00:00.000Z` }).execute();
  }
  for (const [who, day] of [["r1", 14], ["r1", 15], ["r2", 16], ["r4", 17]] as const) {
    await kysely.insertInto("deflections").values({ person_id: people[who], article_id: article, text: "how do I reset a chromebook", created_at: `2026-07-${day}T09:30:00.000Z` }).execute();
  }
  return { campuses, topics, people };
}
