import type { Kysely } from "kysely";
import type { ArticleExistence, TopicRequestSource } from "../../core/growth/trainings/trainings.ports.js";
import type { TopicRequest } from "../../core/growth/trainings/trainings.types.js";
import type { Database } from "../schema.js";

/** Requests as the training figures count them: merged duplicates are the same ask, so they are left out. */
export class KyselyTopicRequests implements TopicRequestSource {
  constructor(private readonly kysely: Kysely<Database>) {}

  async onTopics(topicIds: number[], from: string, to: string): Promise<TopicRequest[]> {
    if (topicIds.length === 0) return [];
    return (await this.base().where("topic_id", "in", topicIds).where("created_at", ">=", from).where("created_at", "<", to).execute()).map(toTopicRequest);
  }

  async between(from: string, to: string): Promise<TopicRequest[]> {
    return (await this.base().where("created_at", ">=", from).where("created_at", "<", to).execute()).map(toTopicRequest);
  }

  async findById(id: number): Promise<TopicRequest | null> {
    const row = await this.kysely.selectFrom("requests").select(["id", "requester_id", "topic_id", "title", "created_at"]).where("id", "=", id).executeTakeFirst();
    return row ? toTopicRequest(row) : null;
  }

  private base() {
    return this.kysely.selectFrom("requests").select(["id", "requester_id", "topic_id", "title", "created_at"]).where("merged_into_id", "is", null).orderBy("created_at").orderBy("id");
  }
}

/** Which of the given article ids exist, for training materials. */
export class KyselyArticleExistence implements ArticleExistence {
  constructor(private readonly kysely: Kysely<Database>) {}

  async existing(ids: number[]): Promise<number[]> {
    if (ids.length === 0) return [];
    return (await this.kysely.selectFrom("articles").select("id").where("id", "in", ids).execute()).map((r) => r.id);
  }
}

const toTopicRequest = (r: { id: number; requester_id: number; topic_id: number; title: string; created_at: string }): TopicRequest => ({
  id: r.id,
  requesterId: r.requester_id,
  topicId: r.topic_id,
  title: r.title,
  createdAt: r.created_at,
});

