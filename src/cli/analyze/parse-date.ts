/**
 * Dates in help-desk exports: ISO 8601 (`2026-01-05`, `2026-01-05T14:32:10Z`, `…+01:00`) and the
 * spreadsheet forms `YYYY-MM-DD HH:MM` and `YYYY-MM-DD HH:MM:SS`. A time without an offset is a wall
 * time in the report's zone (RT and osTicket export local times).
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const HOUR = 60 * 60 * 1000;

/** Returns a parser to epoch milliseconds; it returns null for text that is not such a date. */
export function dateParserIn(timeZone: string): (text: string) => number | null {
  const offsetAt = offsetFinder(timeZone);
  return (text) => {
    const match = DATE.exec(text.trim());
    if (!match) return null;
    const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "0", zone] = match as unknown as string[];
    const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
    const millis = Math.floor(Number(`0.${fraction}`) * 1000);
    if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
    const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
    if (new Date(wall).getUTCDate() !== day) return null; // 2026-02-30
    if (zone !== undefined) return wall - zoneOffset(zone);
    // Two passes find the instant whose local time is `wall`, across a daylight-saving change too.
    const guess = wall - offsetAt(wall);
    return wall - offsetAt(guess);
  };
}

function zoneOffset(zone: string): number {
  if (zone.toUpperCase() === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  const digits = zone.slice(1).replace(":", "");
  return sign * (Number(digits.slice(0, 2)) * HOUR + Number(digits.slice(2, 4) || "0") * 60_000);
}

/** The zone's offset from UTC at an instant, remembered per hour (offsets change on the hour or half). */
function offsetFinder(timeZone: string): (epochMs: number) => number {
  if (timeZone === "UTC") return () => 0;
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric",
  });
  const memo = new Map<number, number>();
  return (epochMs) => {
    const bucket = Math.floor(epochMs / (15 * 60_000));
    let offset = memo.get(bucket);
    if (offset === undefined) {
      const at = bucket * 15 * 60_000;
      const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
      const local = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
      offset = local - at;
      memo.set(bucket, offset);
    }
    return offset;
  };
}
