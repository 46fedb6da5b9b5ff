/** Shapes of the community API (`src/api/schemas/community.schemas.ts`). */

export const SKILL_LEVELS = ["learning", "practitioner", "mentor"] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export const SKILL_SOURCES = ["declared", "earned", "training"] as const;
export type SkillSource = (typeof SKILL_SOURCES)[number];

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Skill {
  topicId: number;
  level: SkillLevel;
  source: SkillSource;
  endorsedBy: number | null;
  updatedAt: string;
}

export interface Profile {
  personId: number;
  interests: number[];
  days: Weekday[];
  hoursPerWeek: number | null;
  openCap: number;
  away: boolean;
  bio: string;
  skills: Skill[];
  growthRules: string[];
}

export interface ProfileChanges {
  days?: Weekday[];
  hoursPerWeek?: number | null;
  openCap?: number;
  away?: boolean;
  bio?: string;
  interests?: number[];
}

export interface DirectoryEntry {
  personId: number;
  name: string;
  kind: string;
  campusId: number | null;
  roles: string[];
  skills: { topicId: number; level: SkillLevel; endorsed: boolean }[];
  interests: number[];
  away: boolean;
  openLoad: number;
  openCap: number;
  helped: { topicId: number; count: number }[];
}

export interface DirectoryFilters {
  topicId?: number;
  level?: SkillLevel;
  interestTopicId?: number;
  campusId?: number;
  q?: string;
}

export interface HelperProposal {
  personId: number;
  name: string;
  score: number;
  reasons: string[];
  pairWith?: { personId: number; name: string };
}
