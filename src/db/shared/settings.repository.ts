import type { Kysely } from "kysely";
import type { Database } from "../schema.js";

/** Small key/value settings kept in the database (e.g. the generated session secret). */
export class KyselySettings {
  constructor(private readonly kysely: Kysely<Database>) {}

  async get(key: string): Promise<string | null> {
    const row = await this.kysely.selectFrom("settings").select("value").where("key", "=", key).executeTakeFirst();
    return row?.value ?? null;
  }

  /** Stores the value unless one exists already; returns whichever is stored (safe across racing nodes). */
  async getOrInit(key: string, create: () => string): Promise<string> {
    await this.kysely.insertInto("settings").values({ key, value: create() }).onConflict((oc) => oc.column("key").doNothing()).execute();
    return (await this.get(key))!;
  }

  async set(key: string, value: string): Promise<void> {
    await this.kysely.insertInto("settings").values({ key, value }).onConflict((oc) => oc.column("key").doUpdateSet({ value })).execute();
  }
}
