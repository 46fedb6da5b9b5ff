import type { Kysely } from "kysely";
import type { DigestSubscriptions } from "../../core/insights/digest-subscription.js";
import type { Database } from "../schema.js";

export class KyselyDigestSubscriptions implements DigestSubscriptions {
  constructor(private readonly kysely: Kysely<Database>) {}

  async isSubscribed(personId: number): Promise<boolean> {
    return (await this.kysely.selectFrom("digest_subscriptions").select("person_id").where("person_id", "=", personId).executeTakeFirst()) !== undefined;
  }

  async set(personId: number, on: boolean, at: string): Promise<void> {
    if (on) {
      await this.kysely.insertInto("digest_subscriptions").values({ person_id: personId, created_at: at }).onConflict((oc) => oc.column("person_id").doNothing()).execute();
    } else {
      await this.kysely.deleteFrom("digest_subscriptions").where("person_id", "=", personId).execute();
    }
  }

  async subscribers(): Promise<{ id: number; name: string; email: string }[]> {
    return this.kysely
      .selectFrom("digest_subscriptions")
      .innerJoin("people", "people.id", "digest_subscriptions.person_id")
      .select(["people.id", "people.name", "people.email"])
      .where("people.active", "=", 1)
      // Only people who may still see insights get them.
      .where("people.id", "in", (eb) => eb.selectFrom("person_roles").select("person_id").where("role", "in", ["leader", "tech", "admin"]))
      .orderBy("people.id")
      .execute();
  }
}
