import type { Kysely } from "kysely";
import type { ArticleLinksRepository, ArticleVersionsRepository, DeflectionsRepository, FeedbackRepository, PhrasingsRepository } from "../../core/knowledge/knowledge.ports.js";
import type { ArticleLink, ArticleVersion, LinkKind } from "../../core/knowledge/knowledge.types.js";
import type { Database } from "../schema.js";

/** Versions, links, feedback, deflections and phrasings: the small records around articles. */
export class KyselyArticleVersions implements ArticleVersionsRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async add(articleId: number, v: ArticleVersion): Promise<void> {
    await this.kysely
      .insertInto("article_versions")
      .values({ article_id: articleId, version: v.version, title: v.title, body: v.body, author_id: v.authorId, note: v.note, created_at: v.createdAt })
      .execute();
  }

  async list(articleId: number): Promise<ArticleVersion[]> {
    const rows = await this.kysely.selectFrom("article_versions").selectAll().where("article_id", "=", articleId).orderBy("version", "desc").execute();
    return rows.map((r) => ({ version: r.version, title: r.title, body: r.body, authorId: r.author_id, note: r.note, createdAt: r.created_at }));
  }

  async find(articleId: number, version: number): Promise<ArticleVersion | null> {
    return (await this.list(articleId)).find((v) => v.version === version) ?? null;
  }
}

export class KyselyArticleLinks implements ArticleLinksRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async add(link: ArticleLink): Promise<boolean> {
    const result = await this.kysely
      .insertInto("article_links")
      .values({ article_id: link.articleId, request_id: link.requestId, kind: link.kind, created_by: link.createdBy, created_at: link.createdAt })
      .onConflict((oc) => oc.columns(["article_id", "request_id", "kind"]).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async remove(articleId: number, requestId: number, kind: LinkKind): Promise<boolean> {
    const result = await this.kysely.deleteFrom("article_links").where("article_id", "=", articleId).where("request_id", "=", requestId).where("kind", "=", kind).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async forRequest(requestId: number): Promise<ArticleLink[]> {
    return (await this.kysely.selectFrom("article_links").selectAll().where("request_id", "=", requestId).orderBy("created_at").execute()).map(toLink);
  }

  async forArticle(articleId: number): Promise<ArticleLink[]> {
    return (await this.kysely.selectFrom("article_links").selectAll().where("article_id", "=", articleId).orderBy("created_at", "desc").execute()).map(toLink);
  }
}

const toLink = (r: { article_id: number; request_id: number; kind: string; created_by: number | null; created_at: string }): ArticleLink => ({
  articleId: r.article_id,
  requestId: r.request_id,
  kind: r.kind as LinkKind,
  createdBy: r.created_by,
  createdAt: r.created_at,
});

export class KyselyArticleFeedback implements FeedbackRepository {
  constructor(private readonly kysely: Kysely<Database>) {}
  async add(e: { articleId: number; personId: number; helped: boolean; at: string }): Promise<void> {
    await this.kysely.insertInto("article_feedback").values({ article_id: e.articleId, person_id: e.personId, helped: e.helped ? 1 : 0, created_at: e.at }).execute();
  }
}

export class KyselyDeflections implements DeflectionsRepository {
  constructor(private readonly kysely: Kysely<Database>) {}
  async add(e: { personId: number; articleId: number; text: string; at: string }): Promise<number> {
    const row = await this.kysely.insertInto("deflections").values({ person_id: e.personId, article_id: e.articleId, text: e.text, created_at: e.at }).returning("id").executeTakeFirstOrThrow();
    return row.id;
  }
}

export class KyselyPhrasings implements PhrasingsRepository {
  constructor(private readonly kysely: Kysely<Database>) {}
  async add(e: { articleId: number; text: string; source: "deflection" | "request"; at: string }): Promise<void> {
    await this.kysely.insertInto("article_phrasings").values({ article_id: e.articleId, text: e.text, source: e.source, created_at: e.at }).execute();
  }
  async forArticle(articleId: number): Promise<string[]> {
    const rows = await this.kysely.selectFrom("article_phrasings").select("text").where("article_id", "=", articleId).orderBy("id").execute();
    return rows.map((r) => r.text);
  }
}
