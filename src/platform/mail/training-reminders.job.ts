import { calendarLinks } from "../calendar-tokens.js";
import { composeReminder } from "../../core/growth/trainings/training-reminder.js";
import { notificationRepositoriesFor } from "../../db/notifications/notification-repositories.js";
import { repositoriesFor } from "../../db/repositories.js";
import type { AppContext } from "../context.js";

/** How long before a training its reminder goes out. */
export const REMINDER_LEAD_MS = 24 * 3_600_000;

/**
 * Queues one reminder mail per enrolled person for trainings starting within the next 24 hours.
 * Each training is claimed once through a settings row, and the claim, its `training.reminder_due`
 * event and the mails commit in one transaction, so of several nodes (or repeated runs) exactly one
 * queues them, and the outbox's unique (event, person) guards the rest. Returns how many were queued.
 */
export async function runTrainingReminders(ctx: AppContext, now: Date = ctx.clock.now()): Promise<number> {
  const due = await ctx.repos.trainings.list({
    from: new Date(now.getTime() + 1).toISOString(),
    to: new Date(now.getTime() + REMINDER_LEAD_MS).toISOString(),
    includeCancelled: false,
    limit: 500,
  });
  if (due.length === 0) return 0;
  const links = await calendarLinks(ctx);
  let queued = 0;
  for (const training of due) {
    const token = ctx.secrets.randomToken(12);
    queued += await ctx.db.kysely.transaction().execute(async (trx) => {
      const repos = repositoriesFor(trx, ctx.db);
      if ((await repos.settings.getOrInit(`training.reminder.${training.id}`, () => token)) !== token) return 0;
      const enrolled = (await repos.trainings.enrolments(training.id)).filter((e) => e.status === "enrolled");
      const at = now.toISOString();
      const event = await trx
        .insertInto("events")
        .values({ type: "training.reminder_due", actor_id: null, subject_type: "training", subject_id: training.id, data: JSON.stringify({ recipients: enrolled.length }), created_at: at })
        .returning("id")
        .executeTakeFirstOrThrow();
      const timeZone = (training.campusId !== null ? (await repos.campuses.findById(training.campusId))?.timeZone : undefined) ?? "UTC";
      const mails = [];
      for (const e of enrolled) {
        const person = await repos.people.findById(e.personId);
        if (!person?.active) continue;
        const mail = composeReminder({ training, recipientName: person.name, timeZone, pageUrl: links.trainingPage(training.id), icsUrl: links.trainingIcs(training.id) });
        mails.push({ eventId: event.id, personId: person.id, to: person.email, ...mail, createdAt: at });
      }
      return mails.length ? notificationRepositoriesFor(trx, ctx.db).outbox.enqueue(mails) : 0;
    });
  }
  return queued;
}
