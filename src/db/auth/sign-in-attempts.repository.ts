import type { Kysely } from "kysely";
import type { SignInAttempt, SignInAttemptsRepository } from "../../core/auth/auth.ports.js";
import type { Database } from "../schema.js";

/** Failed sign-ins kept in the database, so every node behind a load balancer sees the same count. */
export class KyselySignInAttemptsRepository implements SignInAttemptsRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async get(key: string): Promise<SignInAttempt | null> {
    const row = await this.kysely.selectFrom("sign_in_attempts").selectAll().where("key", "=", key).executeTakeFirst();
    return row ? { failures: row.failures, firstFailureAt: row.first_failure_at, blockedUntil: row.blocked_until } : null;
  }

  async save(key: string, attempt: SignInAttempt): Promise<void> {
    const values = { failures: attempt.failures, first_failure_at: attempt.firstFailureAt, blocked_until: attempt.blockedUntil };
    await this.kysely
      .insertInto("sign_in_attempts")
      .values({ key, ...values })
      .onConflict((oc) => oc.column("key").doUpdateSet(values))
      .execute();
  }

  async clear(key: string): Promise<void> {
    await this.kysely.deleteFrom("sign_in_attempts").where("key", "=", key).execute();
  }
}
