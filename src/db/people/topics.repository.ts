import { type Kysely, type Selectable, sql } from "kysely";
import type { NewTopic, TopicsRepository } from "../../core/people/people.ports.js";
import type { CommunityAudience, Topic, TopicNature } from "../../core/people/people.types.js";
import { AppError } from "../../core/shared/errors.js";
import type { Database, TopicsTable } from "../schema.js";
import { isUniqueViolation } from "../shared/unique-violation.js";

export class KyselyTopicsRepository implements TopicsRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async create(topic: NewTopic): Promise<Topic> {
    try {
      const row = await this.kysely
        .insertInto("topics")
        .values({
          name: topic.name,
          parent_id: topic.parentId,
          nature: topic.nature,
          description: topic.description,
          archived: 0,
          community_audience: topic.communityAudience ?? "skilled",
          auto_assign: topic.autoAssign ? 1 : 0,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toTopic(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken(topic.name);
      throw error;
    }
  }

  async update(id: number, changes: Partial<NewTopic & { archived: boolean }>): Promise<Topic> {
    try {
      const row = await this.kysely
        .updateTable("topics")
        .set({
          ...(changes.name !== undefined && { name: changes.name }),
          ...(changes.parentId !== undefined && { parent_id: changes.parentId }),
          ...(changes.nature !== undefined && { nature: changes.nature }),
          ...(changes.description !== undefined && { description: changes.description }),
          ...(changes.archived !== undefined && { archived: changes.archived ? 1 : 0 }),
          ...(changes.communityAudience !== undefined && { community_audience: changes.communityAudience }),
          ...(changes.autoAssign !== undefined && { auto_assign: changes.autoAssign ? 1 : 0 }),
        })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw new AppError("TOPIC_NOT_FOUND", `Topic ${id} was not found.`);
      return toTopic(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw nameTaken(changes.name ?? "");
      throw error;
    }
  }

  async findById(id: number): Promise<Topic | null> {
    const row = await this.kysely.selectFrom("topics").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toTopic(row) : null;
  }

  async findByName(name: string, parentId: number | null): Promise<Topic | null> {
    const row = await this.kysely
      .selectFrom("topics")
      .selectAll()
      .where(sql`lower(name)`, "=", name.toLowerCase())
      .where(sql`COALESCE(parent_id, 0)`, "=", parentId ?? 0)
      .executeTakeFirst();
    return row ? toTopic(row) : null;
  }

  async list(options: { includeArchived?: boolean } = {}): Promise<Topic[]> {
    let query = this.kysely.selectFrom("topics").selectAll().orderBy("name").orderBy("id");
    if (!options.includeArchived) query = query.where("archived", "=", 0);
    return (await query.execute()).map(toTopic);
  }
}

const nameTaken = (name: string) => new AppError("TOPIC_NAME_TAKEN", `A topic named "${name}" exists already at that place in the tree.`);

const toTopic = (row: Selectable<TopicsTable>): Topic => ({
  id: row.id,
  name: row.name,
  parentId: row.parent_id,
  nature: row.nature as TopicNature,
  description: row.description,
  archived: row.archived === 1,
  communityAudience: row.community_audience as CommunityAudience,
  autoAssign: row.auto_assign === 1,
});
