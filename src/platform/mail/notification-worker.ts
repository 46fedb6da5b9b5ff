import { dispatchEvents } from "../../core/notifications/dispatch-events.js";
import { notificationRepositoriesFor } from "../../db/notifications/notification-repositories.js";
import type { AppContext } from "../context.js";
import { sendDueMail } from "./mail-sender.js";
import { runMonthlyDigest } from "./monthly-digest.job.js";
import { runTrainingReminders } from "./training-reminders.job.js";
import { createSmtpTransport, defaultSender, describeSendError, type MailTransport } from "./smtp-transport.js";

export interface NotificationWorkerOptions {
  /** Pause between runs; default 2 s. */
  intervalMs?: number;
  log?: (msg: string) => void;
  /** Replaces the SMTP transport built from SMTP_URL (tests, other carriers). */
  transport?: MailTransport | null;
  /** Sender address; default `Scaffold <no-reply@PUBLIC_URL's host>`. */
  from?: string;
}

export interface NotificationWorker {
  /** Stops the loop after the run in progress, if any, finishes. */
  stop(): Promise<void>;
  /** One full run (dispatch until caught up, then send what is due), serialized with the loop. */
  runOnce(): Promise<void>;
}

/** Batches one run dispatches before it sends mail, so a backlog can't starve sending. */
const MAX_BATCHES_PER_RUN = 25;

/**
 * Runs the notification pipeline in the background: dispatch recorded events, then send due mail.
 * Errors are logged and retried on the next run; they never reach the process. Safe on several
 * nodes at once (see dispatchEvents and MailQueue.claimDue).
 */
export function startNotificationWorker(ctx: AppContext, options: NotificationWorkerOptions = {}): NotificationWorker {
  const intervalMs = options.intervalMs ?? 2000;
  const log = options.log ?? ((msg: string) => console.log(`[notifications] ${msg}`));
  const { smtpUrl, publicUrl } = ctx.config;
  const transport = options.transport !== undefined ? options.transport : smtpUrl ? createSmtpTransport(smtpUrl, options.from ?? defaultSender(publicUrl)) : null;
  const outbox = notificationRepositoriesFor(ctx.db.kysely, ctx.db).outbox;

  let lastDigestCheck = 0;
  const run = async () => {
    try {
      for (let i = 0; i < MAX_BATCHES_PER_RUN; i++) {
        const result = await ctx.db.kysely.transaction().execute((trx) => dispatchEvents({ ...notificationRepositoriesFor(trx, ctx.db), clock: ctx.clock }, { publicUrl }));
        if (result.caughtUp) break;
      }
      // The monthly digest is checked at most hourly; the month claim makes repeats harmless anyway.
      if (ctx.clock.now().getTime() - lastDigestCheck > 3_600_000) {
        lastDigestCheck = ctx.clock.now().getTime();
        const queued = await runMonthlyDigest(ctx);
        if (queued) log(`queued the monthly insights digest for ${queued} people`);
      }
      const reminders = await runTrainingReminders(ctx);
      if (reminders) log(`queued ${reminders} training reminders`);
      await sendDueMail({ queue: outbox, transport, clock: ctx.clock, log, describeError: (e) => describeSendError(e, smtpUrl) });
    } catch (error) {
      log(`run failed, will retry: ${describeSendError(error, smtpUrl)}`);
    }
  };

  let chain: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const enqueue = () => (chain = chain.then(run));
  const schedule = () => {
    if (stopped) return;
    timer = setTimeout(() => void enqueue().then(schedule), intervalMs);
    timer.unref();
  };
  schedule();

  return {
    runOnce: enqueue,
    stop: async () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      await chain;
      transport?.close();
    },
  };
}
