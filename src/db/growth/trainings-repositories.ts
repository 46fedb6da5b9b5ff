import type { Kysely } from "kysely";
import type { Db } from "../dialect.js";
import type { Database } from "../schema.js";
import { KyselyTrainingsRepository } from "./trainings.repository.js";
import { KyselyArticleExistence, KyselyTopicRequests } from "./trainings-sources.repository.js";

/** The training ports bound to one connection or transaction (kept beside, not inside, repositories.ts). */
export function trainingRepositoriesFor(kysely: Kysely<Database>, db: Pick<Db, "capabilities">) {
  return {
    trainings: new KyselyTrainingsRepository(kysely, db),
    topicRequests: new KyselyTopicRequests(kysely),
    articleIds: new KyselyArticleExistence(kysely),
  };
}
