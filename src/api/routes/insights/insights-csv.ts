import { safeCell } from "../../shared/csv-cell.js";
import Papa from "papaparse";
import type { DependencyReport } from "../../../core/insights/report.types.js";

/** Cells starting with = + - @ (or tab / CR) would run as formulas in spreadsheets: prefix them with '. */

const RATE_KEYS = ["support", "avoidableService", "deflection", "learning", "repeat", "community", "link"] as const;

/** The monthly figures, then a blank line, then the topic table (bus factor, flagged at 1). */
export function reportCsv(report: DependencyReport): string {
  const monthly = Papa.unparse({
    fields: ["month", "requests", "resolutions", "helpersTop20Share", "requestersTop20Share", ...RATE_KEYS.map((k) => `${k}Rate`)],
    data: report.monthly.map((m) => [safeCell(m.month), m.requests, m.resolutions, m.helpersTop20Share, m.requestersTop20Share, ...RATE_KEYS.map((k) => safeCell(m.rates[k]))]),
  });
  const topics = Papa.unparse({
    fields: ["topic", "busFactor", "resolutions", "flagged"],
    data: report.topics.map((t) => [safeCell(t.topic), t.busFactor, t.resolutions, t.busFactor === 1 ? "yes" : "no"]),
  });
  return `${monthly}\r\n\r\n${topics}\r\n`;
}
