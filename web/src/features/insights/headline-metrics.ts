import type { DependencyReport, RateKey } from "./insights.types";

export interface HeadlineMetric {
  /** i18n: insights.metrics.<id>.label / .help / .unknown */
  id: string;
  value: (report: DependencyReport) => number | null;
  /** Which direction is better: a falling concentration is good, a rising learning rate is good. */
  better: "lower" | "higher";
  format: "percent" | "decimal";
}

const rate = (key: RateKey, better: "lower" | "higher"): HeadlineMetric => ({ id: key, value: (r) => r.rates[key], better, format: "percent" });

/** The headline figures in display order. */
export const HEADLINE_METRICS: HeadlineMetric[] = [
  { id: "helpersTop20", value: (r) => (r.helpers.n > 0 ? r.helpers.top20Share : null), better: "lower", format: "percent" },
  { id: "helpersGini", value: (r) => (r.helpers.n > 0 ? r.helpers.gini : null), better: "lower", format: "decimal" },
  { id: "requestersTop20", value: (r) => (r.requesters.n > 0 ? r.requesters.top20Share : null), better: "lower", format: "percent" },
  { id: "requestersGini", value: (r) => (r.requesters.n > 0 ? r.requesters.gini : null), better: "lower", format: "decimal" },
  rate("support", "higher"),
  rate("avoidableService", "lower"),
  rate("deflection", "higher"),
  rate("learning", "higher"),
  rate("repeat", "lower"),
  rate("community", "higher"),
  rate("link", "higher"),
];
