import type { Kysely, Selectable } from "kysely";
import type { ApiToken, ApiTokensRepository } from "../../core/auth/auth.ports.js";
import type { ApiTokensTable, Database } from "../schema.js";

export class KyselyApiTokensRepository implements ApiTokensRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async create(token: { personId: number; name: string; tokenHash: string; prefix: string; createdAt: string }): Promise<ApiToken> {
    const row = await this.kysely
      .insertInto("api_tokens")
      .values({ person_id: token.personId, name: token.name, token_hash: token.tokenHash, prefix: token.prefix, created_at: token.createdAt })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toToken(row);
  }

  async findActive(tokenHash: string): Promise<ApiToken | null> {
    const row = await this.kysely.selectFrom("api_tokens").selectAll().where("token_hash", "=", tokenHash).where("revoked_at", "is", null).executeTakeFirst();
    return row ? toToken(row) : null;
  }

  async markUsed(id: number, at: string): Promise<void> {
    await this.kysely.updateTable("api_tokens").set({ last_used_at: at }).where("id", "=", id).execute();
  }

  async listForPerson(personId: number): Promise<ApiToken[]> {
    const rows = await this.kysely.selectFrom("api_tokens").selectAll().where("person_id", "=", personId).where("revoked_at", "is", null).orderBy("id", "desc").execute();
    return rows.map(toToken);
  }

  async revoke(id: number, personId: number, at: string): Promise<boolean> {
    const result = await this.kysely
      .updateTable("api_tokens")
      .set({ revoked_at: at })
      .where("id", "=", id)
      .where("person_id", "=", personId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}

const toToken = (row: Selectable<ApiTokensTable>): ApiToken => ({
  id: row.id,
  personId: row.person_id,
  name: row.name,
  prefix: row.prefix,
  createdAt: row.created_at,
  lastUsedAt: row.last_used_at,
});
