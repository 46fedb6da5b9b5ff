import type { HelperProfile, RoutingCandidate, Skill, SkillLevel, SkillSource } from "./community.types.js";

export interface SkillsRepository {
  forPerson(personId: number): Promise<Skill[]>;
  find(personId: number, topicId: number): Promise<Skill | null>;
  /** Sets a person's level on a topic (replacing any earlier one). */
  upsert(skill: { personId: number; topicId: number; level: SkillLevel; source: SkillSource; at: string }): Promise<Skill>;
  remove(personId: number, topicId: number): Promise<boolean>;
  endorse(personId: number, topicId: number, by: number | null, at: string): Promise<Skill | null>;
}

export interface ProfilesRepository {
  /** The person's helper profile, or the defaults when they never set one. */
  get(personId: number): Promise<HelperProfile>;
  save(profile: HelperProfile, at: string): Promise<void>;
}

export interface InterestsRepository {
  forPerson(personId: number): Promise<number[]>;
  replace(personId: number, topicIds: number[]): Promise<void>;
}

/** Gathers everything the router weighs about the people who could help. */
export interface RoutingDataSource {
  candidates(options: { at: string; recentDays: number }): Promise<RoutingCandidate[]>;
}

/** One row of the community directory. */
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
  /** Requests they resolved in the last 365 days, per topic. */
  helped: { topicId: number; count: number }[];
}

export interface DirectoryFilter {
  topicIds?: number[];
  level?: SkillLevel;
  interestTopicIds?: number[];
  campusId?: number;
  q?: string;
  includeStudents: boolean;
  limit: number;
}

export interface DirectoryRepository {
  find(filter: DirectoryFilter, at: string): Promise<DirectoryEntry[]>;
}
