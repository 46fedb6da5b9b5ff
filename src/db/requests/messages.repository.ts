import type { Kysely, Selectable } from "kysely";
import type { MessagesRepository } from "../../core/requests/requests.ports.js";
import type { Message } from "../../core/requests/requests.types.js";
import type { Database, RequestMessagesTable } from "../schema.js";

export class KyselyMessagesRepository implements MessagesRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async add(m: Omit<Message, "id">): Promise<Message> {
    const row = await this.kysely
      .insertInto("request_messages")
      .values({ request_id: m.requestId, author_id: m.authorId, body: m.body, internal: m.internal ? 1 : 0, mentions: JSON.stringify(m.mentions), created_at: m.createdAt })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { ...m, id: row.id };
  }

  async listFor(requestId: number, options: { includeInternal: boolean }): Promise<Message[]> {
    let query = this.kysely.selectFrom("request_messages").selectAll().where("request_id", "=", requestId).orderBy("id");
    if (!options.includeInternal) query = query.where("internal", "=", 0);
    return (await query.execute()).map(toMessage);
  }

  async findById(id: number): Promise<Message | null> {
    const row = await this.kysely.selectFrom("request_messages").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toMessage(row) : null;
  }
}

function toMessage(row: Selectable<RequestMessagesTable>): Message {
  return {
    id: row.id,
    requestId: row.request_id,
    authorId: row.author_id,
    body: row.body,
    internal: row.internal === 1,
    mentions: JSON.parse(row.mentions) as number[],
    createdAt: row.created_at,
  };
}
