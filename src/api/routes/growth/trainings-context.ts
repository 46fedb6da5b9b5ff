import type { Training } from "../../../core/growth/trainings/trainings.types.js";
import { trainingRepositoriesFor } from "../../../db/growth/trainings-repositories.js";
import { repositoriesFor } from "../../../db/repositories.js";
import type { AppContext } from "../../../platform/context.js";
import type { CalendarLinks } from "../../../platform/calendar-tokens.js";

export type TrainingRepos = ReturnType<typeof repositoriesFor> & ReturnType<typeof trainingRepositoriesFor>;

/** The app's repositories plus the training ones, outside a transaction (reads). */
export function trainingReads(ctx: AppContext): TrainingRepos {
  return { ...ctx.repos, ...trainingRepositoriesFor(ctx.db.kysely, ctx.db) };
}

/** One transaction over the app's and the training repositories, so events commit with the change. */
export function trainingTx<T>(ctx: AppContext, work: (repos: TrainingRepos) => Promise<T>): Promise<T> {
  return ctx.db.kysely.transaction().execute((trx) => work({ ...repositoriesFor(trx, ctx.db), ...trainingRepositoriesFor(trx, ctx.db) }));
}

/** A training as the API answers it: with its iCalendar link. */
export function presentTraining<T extends Training>(training: T, links: CalendarLinks): T & { icsUrl: string } {
  return { ...training, icsUrl: links.trainingIcs(training.id) };
}
