/**
 * Calendar months in an IANA time zone, for the monthly trend. Every zone offset in use today is a
 * multiple of 15 minutes, so a month boundary never falls inside a quarter hour: the month of each
 * quarter hour is computed once and remembered, which keeps a million rows fast.
 */
const QUARTER_HOUR = 15 * 60 * 1000;

/** A function from epoch milliseconds to "YYYY-MM" in `timeZone`; throws RangeError on an unknown zone. */
export function monthKeyIn(timeZone: string): (epochMs: number) => string {
  const format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" });
  const memo = new Map<number, string>();
  return (epochMs) => {
    const bucket = Math.floor(epochMs / QUARTER_HOUR);
    let key = memo.get(bucket);
    if (key === undefined) {
      const parts = format.formatToParts(epochMs);
      const year = parts.find((part) => part.type === "year")?.value ?? "0000";
      const month = parts.find((part) => part.type === "month")?.value ?? "00";
      key = `${year.padStart(4, "0")}-${month}`;
      memo.set(bucket, key);
    }
    return key;
  };
}

/** Every month from `first` to `last` inclusive ("YYYY-MM"), so a trend shows quiet months as zeros. */
export function monthsThrough(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split("-").map(Number) as [number, number];
  const [lastYear, lastMonth] = last.split("-").map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
