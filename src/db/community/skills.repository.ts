import type { Kysely, Selectable } from "kysely";
import type { InterestsRepository, ProfilesRepository, SkillsRepository } from "../../core/community/community.ports.js";
import { DEFAULT_OPEN_CAP, type HelperProfile, type Skill, type SkillLevel, type SkillSource, WEEKDAYS, type Weekday } from "../../core/community/community.types.js";
import type { Database, SkillsTable } from "../schema.js";

export class KyselySkillsRepository implements SkillsRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async forPerson(personId: number): Promise<Skill[]> {
    return (await this.kysely.selectFrom("skills").selectAll().where("person_id", "=", personId).orderBy("topic_id").execute()).map(toSkill);
  }

  async find(personId: number, topicId: number): Promise<Skill | null> {
    const row = await this.kysely.selectFrom("skills").selectAll().where("person_id", "=", personId).where("topic_id", "=", topicId).executeTakeFirst();
    return row ? toSkill(row) : null;
  }

  async upsert(s: { personId: number; topicId: number; level: SkillLevel; source: SkillSource; at: string }): Promise<Skill> {
    const values = { level: s.level, source: s.source, updated_at: s.at };
    const row = await this.kysely
      .insertInto("skills")
      .values({ person_id: s.personId, topic_id: s.topicId, endorsed_by: null, ...values })
      .onConflict((oc) => oc.columns(["person_id", "topic_id"]).doUpdateSet(values))
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSkill(row);
  }

  async remove(personId: number, topicId: number): Promise<boolean> {
    const result = await this.kysely.deleteFrom("skills").where("person_id", "=", personId).where("topic_id", "=", topicId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async endorse(personId: number, topicId: number, by: number | null, at: string): Promise<Skill | null> {
    const row = await this.kysely
      .updateTable("skills")
      .set({ endorsed_by: by, updated_at: at })
      .where("person_id", "=", personId)
      .where("topic_id", "=", topicId)
      .returningAll()
      .executeTakeFirst();
    return row ? toSkill(row) : null;
  }
}

const toSkill = (r: Selectable<SkillsTable>): Skill => ({
  personId: r.person_id,
  topicId: r.topic_id,
  level: r.level as SkillLevel,
  source: r.source as SkillSource,
  endorsedBy: r.endorsed_by,
  updatedAt: r.updated_at,
});

export class KyselyProfilesRepository implements ProfilesRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async get(personId: number): Promise<HelperProfile> {
    const [row, interests] = await Promise.all([
      this.kysely.selectFrom("helper_profiles").selectAll().where("person_id", "=", personId).executeTakeFirst(),
      this.kysely.selectFrom("interests").select("topic_id").where("person_id", "=", personId).orderBy("topic_id").execute(),
    ]);
    return {
      personId,
      interests: interests.map((i) => i.topic_id),
      days: parseDays(row?.days ?? ""),
      hoursPerWeek: row?.hours_per_week ?? null,
      openCap: row?.open_cap ?? DEFAULT_OPEN_CAP,
      away: row?.away === 1,
      bio: row?.bio ?? "",
    };
  }

  async save(p: HelperProfile, at: string): Promise<void> {
    const values = { days: p.days.join(","), hours_per_week: p.hoursPerWeek, open_cap: p.openCap, away: p.away ? 1 : 0, bio: p.bio, updated_at: at };
    await this.kysely
      .insertInto("helper_profiles")
      .values({ person_id: p.personId, ...values })
      .onConflict((oc) => oc.column("person_id").doUpdateSet(values))
      .execute();
    await new KyselyInterestsRepository(this.kysely).replace(p.personId, p.interests);
  }
}

export function parseDays(raw: string): Weekday[] {
  return raw.split(",").filter((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d));
}

export class KyselyInterestsRepository implements InterestsRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async forPerson(personId: number): Promise<number[]> {
    return (await this.kysely.selectFrom("interests").select("topic_id").where("person_id", "=", personId).orderBy("topic_id").execute()).map((r) => r.topic_id);
  }

  async replace(personId: number, topicIds: number[]): Promise<void> {
    await this.kysely.deleteFrom("interests").where("person_id", "=", personId).execute();
    const unique = [...new Set(topicIds)];
    if (unique.length) await this.kysely.insertInto("interests").values(unique.map((topic_id) => ({ person_id: personId, topic_id }))).execute();
  }
}
