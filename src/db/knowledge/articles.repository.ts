import type { Kysely, Selectable } from "kysely";
import type { ArticleChanges, ArticleFilter, ArticlesRepository, NewArticle } from "../../core/knowledge/knowledge.ports.js";
import type { Article, ArticleState, Audience } from "../../core/knowledge/knowledge.types.js";
import { AppError } from "../../core/shared/errors.js";
import type { ArticlesTable, Database } from "../schema.js";
import { decodeOffset, encodeOffset } from "../shared/offset-cursor.js";

export class KyselyArticlesRepository implements ArticlesRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async create(a: NewArticle): Promise<Article> {
    const row = await this.kysely
      .insertInto("articles")
      .values({ title: a.title, body: a.body, state: a.state, audience: a.audience, author_id: a.authorId, created_at: a.at, updated_at: a.at })
      .returningAll()
      .executeTakeFirstOrThrow();
    await this.replaceTopics(row.id, a.topicIds);
    return toArticle(row, a.topicIds);
  }

  async findById(id: number): Promise<Article | null> {
    const row = await this.kysely.selectFrom("articles").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toArticle(row, (await this.topicsOf([id])).get(id) ?? []) : null;
  }

  async update(id: number, expectedVersion: number | null, c: ArticleChanges, at: string): Promise<Article> {
    const contentChanged = c.title !== undefined || c.body !== undefined;
    let query = this.kysely
      .updateTable("articles")
      .set((eb) => ({
        ...(c.title !== undefined && { title: c.title }),
        ...(c.body !== undefined && { body: c.body }),
        ...(c.audience !== undefined && { audience: c.audience }),
        ...(c.state !== undefined && { state: c.state }),
        ...(c.validatedBy !== undefined && { validated_by: c.validatedBy }),
        ...(c.validatedAt !== undefined && { validated_at: c.validatedAt }),
        ...(contentChanged && { version: eb("version", "+", 1) }),
        updated_at: at,
      }))
      .where("id", "=", id);
    if (expectedVersion !== null) query = query.where("version", "=", expectedVersion);
    const row = await query.returningAll().executeTakeFirst();
    if (!row) {
      if (!(await this.findById(id))) throw new AppError("ARTICLE_NOT_FOUND", `Article ${id} was not found.`);
      throw new AppError("VERSION_CONFLICT", `Someone changed article ${id} while you were editing. Reload and try again.`);
    }
    if (c.topicIds !== undefined) await this.replaceTopics(id, c.topicIds);
    return toArticle(row, c.topicIds ?? (await this.topicsOf([id])).get(id) ?? []);
  }

  async list(f: ArticleFilter) {
    const offset = decodeOffset(f.cursor);
    const v = f.visibility;
    let query = this.kysely
      .selectFrom("articles")
      .selectAll()
      .where("audience", "in", v.audiences)
      .where((eb) => eb.or([eb("state", "in", v.states), eb.and([eb("state", "=", "draft"), eb("author_id", "=", v.personId)])]));
    if (f.state) query = query.where("state", "=", f.state);
    if (f.audience) query = query.where("audience", "=", f.audience);
    if (f.authorId !== undefined) query = query.where("author_id", "=", f.authorId);
    if (f.ids) query = query.where("id", "in", f.ids.length ? f.ids : [-1]);
    if (f.topicId !== undefined) {
      const topicId = f.topicId;
      query = query.where("id", "in", (eb) => eb.selectFrom("article_topics").select("article_id").where("topic_id", "=", topicId));
    }
    if (f.sort === "title") query = query.orderBy("title").orderBy("id");
    else if (f.sort === "helpful") query = query.orderBy("helped_count", "desc").orderBy("views", "desc").orderBy("id");
    else query = query.orderBy("updated_at", "desc").orderBy("id", "desc");
    const rows = await query.limit(f.limit + 1).offset(offset).execute();
    const page = rows.slice(0, f.limit);
    const topics = await this.topicsOf(page.map((r) => r.id));
    return { items: page.map((r) => toArticle(r, topics.get(r.id) ?? [])), nextCursor: rows.length > f.limit ? encodeOffset(offset + f.limit) : null };
  }

  async countView(id: number): Promise<void> {
    await this.kysely.updateTable("articles").set((eb) => ({ views: eb("views", "+", 1) })).where("id", "=", id).execute();
  }

  async countFeedback(id: number, helped: boolean): Promise<void> {
    await this.kysely
      .updateTable("articles")
      .set((eb) => (helped ? { helped_count: eb("helped_count", "+", 1) } : { not_helped_count: eb("not_helped_count", "+", 1) }))
      .where("id", "=", id)
      .execute();
  }

  private async replaceTopics(articleId: number, topicIds: number[]): Promise<void> {
    await this.kysely.deleteFrom("article_topics").where("article_id", "=", articleId).execute();
    if (topicIds.length) await this.kysely.insertInto("article_topics").values(topicIds.map((topic_id) => ({ article_id: articleId, topic_id }))).execute();
  }

  private async topicsOf(ids: number[]): Promise<Map<number, number[]>> {
    const map = new Map<number, number[]>();
    if (!ids.length) return map;
    const rows = await this.kysely.selectFrom("article_topics").selectAll().where("article_id", "in", ids).orderBy("topic_id").execute();
    for (const r of rows) map.set(r.article_id, [...(map.get(r.article_id) ?? []), r.topic_id]);
    return map;
  }
}

function toArticle(row: Selectable<ArticlesTable>, topicIds: number[]): Article {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    state: row.state as ArticleState,
    audience: row.audience as Audience,
    authorId: row.author_id,
    topicIds,
    version: row.version,
    views: row.views,
    helpedCount: row.helped_count,
    notHelpedCount: row.not_helped_count,
    validatedBy: row.validated_by,
    validatedAt: row.validated_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
