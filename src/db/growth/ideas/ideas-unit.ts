import type { Kysely } from "kysely";
import type { Db } from "../../dialect.js";
import { repositoriesFor } from "../../repositories.js";
import type { Database } from "../../schema.js";
import { KyselyIdeasRepository } from "./ideas.repository.js";
import { KyselyTrainingsFinder } from "./trainings-finder.repository.js";

/** Every repository plus the idea proposals' own, bound to one connection or transaction. */
export function ideasRepositoriesFor(kysely: Kysely<Database>, db: Pick<Db, "capabilities" | "dialect">) {
  return { ...repositoriesFor(kysely, db), ideas: new KyselyIdeasRepository(kysely), trainings: new KyselyTrainingsFinder(kysely) };
}

export type IdeasRepositories = ReturnType<typeof ideasRepositoriesFor>;

/** Like `inTransaction`, with the idea repositories bound to the same transaction. */
export function inIdeasTransaction<T>(db: Db, work: (repos: IdeasRepositories) => Promise<T>): Promise<T> {
  return db.kysely.transaction().execute((trx) => work(ideasRepositoriesFor(trx, db)));
}
