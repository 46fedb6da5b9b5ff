/** The dependency report as `GET /api/v1/insights/dependency` answers it (mirrors the API's schema). */
export interface Concentration {
  /** People counted in the window. */
  n: number;
  /** Share of the work done by the top fifth of them (0..1). */
  top20Share: number;
  gini: number;
  /** Lorenz points (share of people, cumulative share of work), ascending. */
  lorenz: [number, number][];
}

export interface TopicFigures {
  topic: string;
  /** Fewest helpers who together cover half the topic's resolutions. */
  busFactor: number;
  resolutions: number;
}

export const RATE_KEYS = ["support", "avoidableService", "deflection", "learning", "repeat", "community", "link"] as const;
export type RateKey = (typeof RATE_KEYS)[number];

/** Rates are null where the data can't tell. */
export type Rates = Record<RateKey, number | null>;

export interface MonthFigures {
  month: string;
  requests: number;
  resolutions: number;
  helpersTop20Share: number;
  requestersTop20Share: number;
  rates: Rates;
}

export interface DependencyReport {
  from: string;
  to: string;
  helpers: Concentration;
  requesters: Concentration;
  topics: TopicFigures[];
  rates: Rates;
  monthly: MonthFigures[];
}

export type DependencyResponse = DependencyReport & { previous: DependencyReport };

export type Side = "helpers" | "requesters";

/** One row of the drill-down: a person or, where privacy asks for it, a group. */
export interface LoadItem {
  key: string;
  label: string;
  count: number;
  share: number;
}

/** What the dashboard asks for: the window and optional campus and topic. */
export interface InsightQuery {
  from?: string;
  to?: string;
  campus?: number;
  topic?: number;
}

export interface GrowthMonth {
  month: string;
  asked: { guide: number; idea: number; do: number };
  resolved: { selfSolved: number; guided: number; doneFor: number; specialistFix: number };
  couldDoItMyself: { yes: number; partly: number; no: number };
  skillsGained: number;
}

export interface MyGrowth {
  from: string;
  to: string;
  timeZone: string;
  months: GrowthMonth[];
  skills: { at: string; topic: string; from: string | null; to: string }[];
  highlights: string[];
}
