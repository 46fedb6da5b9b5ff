import { type Prng } from "./prng.js";

/** A northern-hemisphere school year by local month and day: terms, breaks and a few public holidays. */
const BREAKS: readonly { from: string; to: string; weight: number }[] = [
  { from: "06-20", to: "08-24", weight: 0.12 }, // summer break
  { from: "08-25", to: "08-31", weight: 0.7 }, // staff back, preparing the year
  { from: "10-26", to: "10-30", weight: 0.15 }, // autumn half-term
  { from: "12-19", to: "12-31", weight: 0.1 }, // winter break
  { from: "01-01", to: "01-05", weight: 0.12 },
  { from: "02-16", to: "02-20", weight: 0.15 }, // February half-term
  { from: "03-30", to: "04-10", weight: 0.15 }, // spring break
];
const PUBLIC_HOLIDAYS = new Set(["05-01", "06-10", "10-05", "11-01", "12-01", "12-08"]);
/** The first days of each term are the busiest: new classes, forgotten passwords, new devices. */
const TERM_STARTS: readonly { from: string; to: string; boost: number }[] = [
  { from: "09-01", to: "09-14", boost: 2.2 },
  { from: "01-06", to: "01-14", boost: 1.6 },
  { from: "04-13", to: "04-20", boost: 1.4 },
];

const DAY_MS = 24 * 60 * 60 * 1000;

/** The local calendar date of an instant in a time zone, as `MM-DD`, plus its weekday (0 = Sunday). */
export function localDay(at: Date, timeZone: string): { monthDay: string; weekday: number } {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, month: "2-digit", day: "2-digit", weekday: "short" }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return { monthDay: `${get("month")}-${get("day")}`, weekday: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(get("weekday")) };
}

/** Minutes the time zone is ahead of UTC at that instant (Europe/Lisbon: 0 in winter, 60 in summer). */
export function utcOffsetMinutes(at: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" }).formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** How busy a school day is, relative to an ordinary weekday in term (1). */
export function schoolDayWeight(monthDay: string, weekday: number): number {
  const inRange = (r: { from: string; to: string }) => monthDay >= r.from && monthDay <= r.to;
  const weekend = weekday === 0 || weekday === 6;
  const holiday = BREAKS.find(inRange);
  let weight = holiday ? holiday.weight : PUBLIC_HOLIDAYS.has(monthDay) ? 0.08 : 1;
  if (weekend) weight *= 0.06;
  const start = TERM_STARTS.find(inRange);
  if (start && !weekend) weight *= start.boost;
  if (weekday === 1 && !holiday) weight *= 1.15; // Mondays bring the weekend's problems
  if (weekday === 5 && !holiday) weight *= 0.85;
  return weight;
}

/**
 * Where an instant falls in the school year: the first weeks of a term (class setup, accounts and
 * Wi-Fi peak then) or a break or weekend (few people around to help).
 */
export function schoolMoment(at: Date, timeZone: string): { termStart: boolean; holiday: boolean } {
  const { monthDay, weekday } = localDay(at, timeZone);
  return { termStart: TERM_STARTS.some((r) => monthDay >= r.from && monthDay <= r.to), holiday: schoolDayWeight(monthDay, weekday) < 0.5 };
}

/**
 * `count` creation instants in [from, to), sorted: days drawn by school-calendar weight, times of day
 * mostly in school hours (local time), some in the evening.
 */
export function creationTimes(prng: Prng, from: number, to: number, count: number, timeZone: string): number[] {
  const days: { start: number; offset: number; weight: number }[] = [];
  const firstMidnight = Math.floor(from / DAY_MS) * DAY_MS;
  for (let day = firstMidnight; day < to; day += DAY_MS) {
    const noon = new Date(day + DAY_MS / 2);
    const { monthDay, weekday } = localDay(noon, timeZone);
    days.push({ start: day, offset: utcOffsetMinutes(noon, timeZone), weight: schoolDayWeight(monthDay, weekday) });
  }
  const cumulative: number[] = [];
  let total = 0;
  for (const d of days) cumulative.push((total += d.weight));
  const times: number[] = [];
  while (times.length < count) {
    const target = prng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    const day = days[lo]!;
    const at = day.start + (localMinuteOfDay(prng) - day.offset) * 60_000 + prng.int(60_000);
    if (at >= from && at < to) times.push(at);
  }
  return times.sort((a, b) => a - b);
}

/** Minute of the local day: school hours (7:45–17:30) mostly, with a lunch bump and some evenings. */
function localMinuteOfDay(prng: Prng): number {
  const r = prng.next();
  if (r < 0.1) return 19 * 60 + prng.int(180); // evening planning
  if (r < 0.25) return 12 * 60 + prng.int(75); // lunch break
  return 7 * 60 + 45 + prng.int(9 * 60 + 45);
}
