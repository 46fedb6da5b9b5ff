/**
 * The dependency report: one shape for the insights API and `scaffold analyze`'s JSON (issue contract:
 * helpers, requesters, topics, rates, monthly). Rates are null where the data can't tell.
 */
export interface Concentration {
  /** People counted (helpers with ≥ 1 resolution, or requesters with ≥ 1 request, in the window). */
  n: number;
  /** Share of the counted work done by the top ceil(0.2·n) of them (0..1). */
  top20Share: number;
  gini: number;
  /** Points (i/n, cumulative share) for i = 0..n, ascending. */
  lorenz: [number, number][];
}

export interface TopicFigures {
  topic: string;
  /** Smallest number of helpers whose resolutions cover ≥ 50% of the topic's resolutions. */
  busFactor: number;
  resolutions: number;
}

export interface Rates {
  support: number | null;
  avoidableService: number | null;
  deflection: number | null;
  learning: number | null;
  repeat: number | null;
  community: number | null;
  link: number | null;
}

export interface MonthFigures {
  /** YYYY-MM in the report's time zone. */
  month: string;
  requests: number;
  resolutions: number;
  helpersTop20Share: number;
  requestersTop20Share: number;
  rates: Rates;
}

export interface DependencyReport {
  /** The window `[from, to)` as ISO instants. */
  from: string;
  to: string;
  helpers: Concentration;
  requesters: Concentration;
  topics: TopicFigures[];
  rates: Rates;
  monthly: MonthFigures[];
}

/**
 * One request as the report needs it, from Scaffold's database or another help desk's export. Unknown
 * facts are null (an export without modes gives null mode, and the rates that need it come out null).
 */
export interface InsightRecord {
  requester: string | null;
  /** Who is credited with the resolution; null for none (an unowned ticket counts for no one). */
  helper: string | null;
  /** Whether the credited helper has the tech role (for community share); null when unknown. */
  helperIsTech: boolean | null;
  topic: string | null;
  /** Epoch milliseconds. */
  created: number | null;
  resolved: number | null;
  /** Final mode. */
  mode: "guide" | "idea" | "do" | null;
  nature: "learnable" | "specialist" | null;
  selfReliance: "yes" | "partly" | "no" | null;
  /** Linked to an article (solved_by, referenced or created_from); null when unknown. */
  linked: boolean | null;
}
