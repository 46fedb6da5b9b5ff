import { createPerson } from "../../core/people/create-person.js";
import { createCampus } from "../../core/people/manage-campuses.js";
import { createTopic } from "../../core/people/manage-topics.js";
import type { PasswordHasher } from "../../core/people/people.ports.js";
import type { AppContext } from "../../platform/context.js";
import { type Repositories, repositoriesFor } from "../repositories.js";
import { planDemoCommunity } from "./demo-community.js";
import { writeDemoCommunity } from "./demo-community-write.js";
import { planDemoGrowth } from "./demo-growth.js";
import { writeDemoGrowth } from "./demo-growth-write.js";
import { planDemoKnowledge } from "./demo-knowledge.js";
import { indexDemoArticles, writeDemoKnowledge } from "./demo-knowledge-write.js";
import { demoPeople } from "./demo-people.js";
import { planDemoHistory } from "./demo-requests.js";
import { writeDemoHistory } from "./demo-requests-write.js";
import { DEMO_TOPICS, type DemoTopic } from "./demo-topics.js";

/** The password of every demo account (DESIGN.md "Demo"). */
export const DEMO_PASSWORD = "scaffold-demo";
/** Settings key holding when the demo school was seeded; its presence makes the seed a no-op. */
export const DEMO_MARKER = "demo_seeded_at";

export const DEMO_CAMPUSES = [
  { name: "Riverside North", timeZone: "Europe/Lisbon" },
  { name: "Riverside South", timeZone: "Europe/Lisbon" },
] as const;

/** What the seed did; `skipped` says why nothing was written. */
export interface SeedResult {
  seeded: boolean;
  skipped?: "already_seeded" | "not_empty";
  campuses: number;
  topics: number;
  people: number;
  /** Requests of the year of history (with their messages and events). */
  requests: number;
}

class SeedSkipped extends Error {
  constructor(readonly why: NonNullable<SeedResult["skipped"]>) {
    super(why);
  }
}

/**
 * Seeds "Riverside International School" once, in one transaction, so a crash never leaves half a
 * school: campuses, topics, people, a year of requests up to the clock's now, then the knowledge base
 * linked to them (articles, links, deflections, feedback) and its search index, then its community
 * (skills, interests, helper profiles, the student tech team, staff-only and community requests), then
 * its growth (past and upcoming trainings with their attendance and the skills it raised, idea proposals).
 * Skips a database that was seeded already or that holds real people. Prints nothing.
 */
export async function seedDemo(ctx: AppContext): Promise<SeedResult> {
  if ((await ctx.repos.settings.get(DEMO_MARKER)) !== null) return skipped("already_seeded");
  // Argon2 once, outside the transaction: the seven demo accounts share the one hash.
  const hasher = hashingOnce(ctx.hasher);
  await hasher.hash(DEMO_PASSWORD);
  // The year and its knowledge base are planned in memory (pure, ~0.3 s), then written with multi-row inserts.
  const history = planDemoHistory(ctx.clock.now());
  const knowledge = planDemoKnowledge(history, { timeZone: DEMO_CAMPUSES[0].timeZone });
  const community = planDemoCommunity(history);
  const growth = planDemoGrowth(history, knowledge, community, { timeZone: DEMO_CAMPUSES[0].timeZone });
  try {
    // ctx.tx's work, with the transaction's Kysely at hand for the bulk inserts.
    return await ctx.db.kysely.transaction().execute(async (trx) => {
      const repos = repositoriesFor(trx, ctx.db);
      const at = ctx.clock.now().toISOString();
      // Writing the marker first takes the write lock, so a second node starting at once waits, then skips.
      if ((await repos.settings.getOrInit(DEMO_MARKER, () => at)) !== at) throw new SeedSkipped("already_seeded");
      if ((await repos.people.list({ limit: 1 })).items.length > 0) throw new SeedSkipped("not_empty");
      const campusIds = await seedCampuses(ctx, repos);
      const topics = await seedTopics(ctx, repos, DEMO_TOPICS, null);
      const people = await seedPeople(ctx, repos, hasher, campusIds);
      const written = await writeDemoHistory(trx, history);
      const articles = await writeDemoKnowledge(trx, history, knowledge);
      await indexDemoArticles(repos.search, articles);
      await writeDemoCommunity(trx, history, community, at);
      await writeDemoGrowth(trx, history, growth, knowledge.articles.length);
      await repos.settings.set("school.name", "Riverside International School");
      return { seeded: true, campuses: campusIds.length, topics, people, requests: written.requests };
    });
  } catch (error) {
    if (error instanceof SeedSkipped) return skipped(error.why);
    throw error;
  }
}

async function seedCampuses(ctx: AppContext, repos: Repositories): Promise<number[]> {
  const ids: number[] = [];
  for (const campus of DEMO_CAMPUSES) {
    ids.push((await createCampus({ campuses: repos.campuses, events: repos.events, clock: ctx.clock }, null, campus)).id);
  }
  return ids;
}

async function seedTopics(ctx: AppContext, repos: Repositories, topics: readonly DemoTopic[], parentId: number | null): Promise<number> {
  let count = 0;
  for (const { children, ...topic } of topics) {
    const created = await createTopic({ topics: repos.topics, events: repos.events, clock: ctx.clock }, null, { ...topic, parentId });
    count += 1 + (children ? await seedTopics(ctx, repos, children, created.id) : 0);
  }
  return count;
}

async function seedPeople(ctx: AppContext, repos: Repositories, hasher: PasswordHasher, campusIds: number[]): Promise<number> {
  const deps = { people: repos.people, campuses: repos.campuses, events: repos.events, clock: ctx.clock, hasher };
  const people = demoPeople();
  for (const person of people) {
    await createPerson(deps, null, {
      name: person.name,
      email: person.email,
      kind: person.kind,
      campusId: campusIds[person.campus] ?? null,
      roles: person.roles,
      ...(person.demoAccount && { password: DEMO_PASSWORD }),
    });
  }
  return people.length;
}

/** Hashes each distinct password once; fine for the demo's shared password, never for real accounts. */
function hashingOnce(hasher: PasswordHasher): PasswordHasher {
  const hashes = new Map<string, Promise<string>>();
  return {
    hash: (password) => {
      if (!hashes.has(password)) hashes.set(password, hasher.hash(password));
      return hashes.get(password)!;
    },
    verify: (hash, password) => hasher.verify(hash, password),
  };
}

const skipped = (why: NonNullable<SeedResult["skipped"]>): SeedResult => ({ seeded: false, skipped: why, campuses: 0, topics: 0, people: 0, requests: 0 });
