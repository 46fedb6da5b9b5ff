import { createHmac, timingSafeEqual } from "node:crypto";
import type { AppContext } from "./context.js";

/**
 * Calendar feed tokens. Calendar apps send no cookies, so a feed's URL carries a secret: an HMAC-SHA256
 * of "scaffold-calendar:<kind>:<id>" under the session secret (SESSION_SECRET, else the `session_secret`
 * setting the server keeps). URLs are stable without a table; rotating the secret revokes them all.
 */
export type CalendarKind = "training" | "person";

const TOKEN_LENGTH = 32;

export function calendarToken(secret: string, kind: CalendarKind, id: number): string {
  return createHmac("sha256", secret).update(`scaffold-calendar:${kind}:${id}`).digest("base64url").slice(0, TOKEN_LENGTH);
}

export function calendarTokenMatches(secret: string, kind: CalendarKind, id: number, given: string | undefined): boolean {
  if (typeof given !== "string") return false;
  const expected = Buffer.from(calendarToken(secret, kind, id));
  const sent = Buffer.from(given);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}

/** The secret the tokens are keyed on, created (and kept) the first time it is needed, as server.ts does. */
export async function calendarSecret(ctx: AppContext): Promise<string> {
  return ctx.config.sessionSecret ?? (await ctx.repos.settings.getOrInit("session_secret", () => ctx.secrets.randomToken(48)));
}

/** Absolute links on PUBLIC_URL; the token sits in the path so every link ends in `.ics`. */
export class CalendarLinks {
  constructor(
    readonly publicUrl: string,
    private readonly secret: string,
  ) {}

  trainingIcs(id: number): string {
    return `${this.publicUrl}/api/v1/calendar/trainings/${id}/${calendarToken(this.secret, "training", id)}.ics`;
  }

  personFeed(personId: number): string {
    return `${this.publicUrl}/api/v1/calendar/people/${personId}/${calendarToken(this.secret, "person", personId)}.ics`;
  }

  trainingPage(id: number): string {
    return `${this.publicUrl}/trainings/${id}`;
  }

  /** Whether a feed URL's token is the one handed out for this training or person. */
  matches(kind: CalendarKind, id: number, given: string | undefined): boolean {
    return calendarTokenMatches(this.secret, kind, id, given);
  }

  get host(): string {
    return new URL(this.publicUrl).hostname;
  }
}

export async function calendarLinks(ctx: AppContext): Promise<CalendarLinks> {
  return new CalendarLinks(ctx.config.publicUrl, await calendarSecret(ctx));
}
