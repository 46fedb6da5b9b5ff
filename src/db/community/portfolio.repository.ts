import type { Kysely } from "kysely";
import type { PortfolioSource } from "../../core/community/groups/groups.ports.js";
import type { PortfolioEntry } from "../../core/community/groups/groups.types.js";
import type { ResolutionKind, SelfReliance } from "../../core/requests/requests.types.js";
import type { Database } from "../schema.js";

/** A person's helping record: requests credited to them, and those they answered in public for someone else. */
export class KyselyPortfolioSource implements PortfolioSource {
  constructor(private readonly kysely: Kysely<Database>) {}

  async helpedWith(personId: number): Promise<PortfolioEntry[]> {
    const answered = this.kysely
      .selectFrom("request_messages")
      .select("request_messages.request_id")
      .where("request_messages.author_id", "=", personId)
      .where("request_messages.internal", "=", 0);
    const rows = await this.kysely
      .selectFrom("requests")
      .innerJoin("topics", "topics.id", "requests.topic_id")
      .leftJoin("request_messages as accepted", "accepted.id", "requests.accepted_message_id")
      .select([
        "requests.id",
        "requests.title",
        "requests.topic_id",
        "topics.name as topic_name",
        "requests.status",
        "requests.resolver_id",
        "requests.resolution_kind",
        "requests.self_reliance",
        "requests.minutes_spent",
        "requests.resolved_at",
        "accepted.author_id as accepted_author_id",
      ])
      .where("requests.merged_into_id", "is", null)
      .where((eb) =>
        eb.or([eb("requests.resolver_id", "=", personId), eb.and([eb("requests.requester_id", "!=", personId), eb("requests.id", "in", answered)])]),
      )
      .orderBy("requests.created_at", "desc")
      .orderBy("requests.id", "desc")
      .execute();
    return rows.map((r) => {
      const resolved = r.resolver_id === personId;
      return {
        requestId: r.id,
        title: r.title,
        topicId: r.topic_id,
        topicName: r.topic_name,
        status: r.status,
        contribution: resolved ? "resolved" : "answered",
        acceptedAnswer: r.accepted_author_id === personId,
        resolutionKind: r.resolution_kind as ResolutionKind | null,
        selfReliance: r.self_reliance as SelfReliance | null,
        minutesSpent: resolved ? r.minutes_spent : null,
        resolvedAt: r.resolved_at,
      };
    });
  }
}
