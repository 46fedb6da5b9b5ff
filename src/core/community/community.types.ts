/** How well a person knows a topic (DESIGN.md "Skills"). */
export const SKILL_LEVELS = ["learning", "practitioner", "mentor"] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

/** Where a skill came from: declared by the person, earned from the record, or from a training. */
export const SKILL_SOURCES = ["declared", "earned", "training"] as const;
export type SkillSource = (typeof SKILL_SOURCES)[number];

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Skill {
  personId: number;
  topicId: number;
  level: SkillLevel;
  source: SkillSource;
  /** Tech endorsed it; shown beside the skill. */
  endorsedBy: number | null;
  updatedAt: string;
}

/** What a person offers to the community, beside their skills. */
export interface HelperProfile {
  personId: number;
  /** Topics the person wants to learn (Intelligent Swarming's people profiles). */
  interests: number[];
  /** Days they can usually help; empty means any day. */
  days: Weekday[];
  hoursPerWeek: number | null;
  /** Most open requests they want to hold at once. */
  openCap: number;
  /** Marked away: not routed to until they come back. */
  away: boolean;
  bio: string;
}

export const DEFAULT_OPEN_CAP = 5;

/** Everything the router knows about one candidate, gathered by the caller. */
export interface RoutingCandidate {
  personId: number;
  name: string;
  roles: readonly string[];
  kind: string;
  /** Level per topic id, including topics above the request's topic. */
  skills: ReadonlyMap<number, SkillLevel>;
  interests: ReadonlySet<number>;
  away: boolean;
  days: readonly Weekday[];
  hoursPerWeek: number | null;
  openCap: number;
  /** Open requests they hold now. */
  openLoad: number;
  /** Their share of all resolutions in the recent window (0..1). */
  recentShare: number;
  /** When they were last assigned anything (ISO), null if never: ties go to the least recently assigned. */
  lastAssignedAt: string | null;
}

/** The request being routed, as the router needs it. */
export interface RoutingRequest {
  requesterId: number;
  topicId: number;
  /** The topic's ancestors, nearest first: a skill on a parent topic makes a person eligible too. */
  topicAncestors: readonly number[];
  mode: "guide" | "idea" | "do";
  nature: "learnable" | "specialist";
  /** The weekday the request is routed on, in the campus time zone. */
  weekday: Weekday;
}

/** One proposed helper, with its score and the reasons in words. */
export interface HelperProposal {
  personId: number;
  name: string;
  score: number;
  reasons: string[];
  /** A mentor proposed to pair with a `learning` helper on a guidance request. */
  pairWith?: { personId: number; name: string };
}
