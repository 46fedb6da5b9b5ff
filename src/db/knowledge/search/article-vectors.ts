import { randomUUID } from "node:crypto";
import type { SentenceEncoder } from "../../../core/knowledge/search.ports.js";
import { indexVectors, SEMANTIC, type VectorIndex } from "../../../core/knowledge/search/semantic.js";
import type { Kysely } from "kysely";
import type { Database } from "../../schema.js";
import type { SearchDb } from "./article-search.base.js";
import type { SearchTables } from "./article-search.tables.js";
import { LoadsByKey } from "./loads-by-key.js";

/**
 * Semantic search for one database: the encoder and the article vectors held in memory. The cache is
 * shared by every connection and transaction of the database and reloaded when `vector_revision` (in
 * article_search_totals) differs from the one it holds, so a change on another node is seen at once.
 */
export class SemanticVectors {
  /** The index of the current revision, or its load in progress, so searches arriving together load and fit it once. */
  private readonly index = new LoadsByKey<VectorIndex>(1);

  constructor(readonly encoder: SentenceEncoder) {}

  /** Stores vectors for the title and newest phrasings; only texts not encoded before go to the model. */
  async write(db: SearchDb, articleId: number, title: string, phrasings: readonly string[]): Promise<void> {
    const texts = [title, ...phrasings.slice(-SEMANTIC.phrasingsPerArticle)];
    const stored = await db
      .selectFrom("article_search_vectors")
      .select(["position", "text", "model", "vector"])
      .where("article_id", "=", articleId)
      .orderBy("position")
      .execute();
    const known = new Map(stored.filter((r) => r.model === this.encoder.model).map((r) => [r.text, toVector(r.vector)]));
    if (stored.length === texts.length && stored.every((r, i) => r.model === this.encoder.model && r.text === texts[i])) return;
    const missing = [...new Set(texts.filter((t) => !known.has(t)))];
    // A model that fails must not fail the article's save: its old vectors go, and the backfill at the next
    // start encodes it again (an article without a title vector counts as missing).
    const encoded = await this.encoder.encode(missing).catch(() => null);
    await db.deleteFrom("article_search_vectors").where("article_id", "=", articleId).execute();
    if (encoded) {
      missing.forEach((t, i) => known.set(t, encoded[i]!));
      await db
        .insertInto("article_search_vectors")
        .values(texts.map((text, position) => ({ article_id: articleId, position, text, model: this.encoder.model, vector: toBytes(known.get(text)!) })))
        .execute();
    }
    await db.updateTable("article_search_totals").set({ vector_revision: randomUUID() }).where("id", "=", 1).execute();
  }

  /**
   * Every article's vectors for the current revision, loaded (and the space fitted, semantic-space.ts) when
   * another writer changed any: ~0.1 s at a few thousand vectors, once per node per change.
   */
  all(db: SearchDb, revision: string): Promise<VectorIndex> {
    return this.index.get(revision, () => this.load(db));
  }

  private async load(db: SearchDb): Promise<VectorIndex> {
    const rows = await db
      .selectFrom("article_search_vectors")
      .select(["article_id", "vector"])
      .where("model", "=", this.encoder.model)
      .orderBy("article_id")
      .orderBy("position")
      .execute();
    const byArticle = new Map<number, Float32Array[]>();
    for (const r of rows) {
      const list = byArticle.get(r.article_id);
      if (list) list.push(toVector(r.vector));
      else byArticle.set(r.article_id, [toVector(r.vector)]);
    }
    // A revision read inside a transaction that rolls back is a random id that no later write will reuse,
    // so a cache of rolled-back vectors can never match again.
    return indexVectors(byArticle, this.encoder.dimensions);
  }

  /**
   * Encodes articles indexed before semantic search was on (or under another model), one transaction
   * each, so a large knowledge base is filled in while the server already answers. Returns how many.
   */
  async backfill(kysely: Kysely<Database>): Promise<number> {
    const db: SearchDb = kysely.withTables<SearchTables>();
    const ids = await this.missing(db);
    for (const id of ids) {
      await db.transaction().execute(async (trx) => {
        const doc = await trx.selectFrom("article_search_documents").select("title").where("article_id", "=", id).executeTakeFirst();
        if (!doc) return;
        const phrasings = await trx.selectFrom("article_phrasings").select("text").where("article_id", "=", id).orderBy("id").execute();
        await this.write(trx, id, doc.title, phrasings.map((p) => p.text));
      });
    }
    return ids.length;
  }

  private async missing(db: SearchDb): Promise<number[]> {
    const rows = await db
      .selectFrom("article_search_documents as d")
      .leftJoin("article_search_vectors as v", (join) => join.onRef("v.article_id", "=", "d.article_id").on("v.position", "=", 0).on("v.model", "=", this.encoder.model))
      .select("d.article_id")
      .where("v.article_id", "is", null)
      .orderBy("d.article_id")
      .execute();
    return rows.map((r) => r.article_id);
  }
}

function toBytes(vector: Float32Array): Buffer {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
}

function toVector(bytes: Uint8Array): Float32Array {
  // Copied: a Buffer from the driver may sit at an offset that Float32Array can't view directly.
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return new Float32Array(copy.buffer);
}
