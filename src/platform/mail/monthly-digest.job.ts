import { previousMonth } from "../../core/insights/digest-subscription.js";
import { dependencyInsights } from "../../core/insights/dependency-insights.js";
import { composeDigest } from "../../core/insights/monthly-digest.js";
import { notificationRepositoriesFor } from "../../db/notifications/notification-repositories.js";
import type { AppContext } from "../context.js";

export const SCHOOL_NAME_SETTING = "school.name";

/**
 * Once per calendar month, queues the insights digest for last month to every leader who asked for
 * it. The month is claimed through a settings row, so of several nodes (or repeated runs) exactly one
 * sends it. Returns how many mails were queued.
 */
export async function runMonthlyDigest(ctx: AppContext, now: Date = ctx.clock.now()): Promise<number> {
  const subscribers = await ctx.repos.digests.subscribers();
  if (subscribers.length === 0) return 0;
  const { month, from, to } = previousMonth(now);
  const token = ctx.secrets.randomToken(12);
  if ((await ctx.repos.settings.getOrInit(`digest.sent.${month}`, () => token)) !== token) return 0;

  // Insights are read as a subscriber would see them (they are all leaders, tech or admins).
  const reader = (await ctx.repos.people.findById(subscribers[0]!.id))!;
  const { current, previous } = await dependencyInsights(
    { source: ctx.repos.insights, now },
    { id: reader.id, roles: reader.roles, kind: reader.kind, campusId: reader.campusId },
    { from, to },
  );
  const schoolName = (await ctx.repos.settings.get(SCHOOL_NAME_SETTING)) ?? "Your school";
  // A near-empty month before would make every change look dramatic; compare only with a real one.
  const earlier = previous.monthly.reduce((sum, m) => sum + m.requests, 0) >= 30 ? previous : null;
  const digest = composeDigest({ schoolName, month, report: current, previous: earlier, dashboardUrl: `${ctx.config.publicUrl}/insights` });
  const at = now.toISOString();
  const event = await ctx.db.kysely
    .insertInto("events")
    .values({ type: "insights.digest_queued", actor_id: null, subject_type: "school", subject_id: 0, data: JSON.stringify({ month, recipients: subscribers.length }), created_at: at })
    .returning("id")
    .executeTakeFirstOrThrow();
  return notificationRepositoriesFor(ctx.db.kysely, ctx.db).outbox.enqueue(
    subscribers.map((s) => ({ eventId: event.id, personId: s.id, to: s.email, subject: digest.subject, text: digest.text, html: digest.html, createdAt: at })),
  );
}
