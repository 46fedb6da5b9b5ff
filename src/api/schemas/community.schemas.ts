import { Type } from "@sinclair/typebox";
import { SKILL_LEVELS, SKILL_SOURCES, WEEKDAYS } from "../../core/community/community.types.js";
import { literals } from "./people.schemas.js";

export const SkillLevelSchema = literals(SKILL_LEVELS);
export const WeekdaySchema = literals(WEEKDAYS);

export const SkillSchema = Type.Object({
  topicId: Type.Integer(),
  level: SkillLevelSchema,
  source: literals(SKILL_SOURCES),
  endorsedBy: Type.Union([Type.Integer(), Type.Null()]),
  updatedAt: Type.String(),
});

export const ProfileSchema = Type.Object({
  personId: Type.Integer(),
  interests: Type.Array(Type.Integer()),
  days: Type.Array(WeekdaySchema),
  hoursPerWeek: Type.Union([Type.Integer(), Type.Null()]),
  openCap: Type.Integer(),
  away: Type.Boolean(),
  bio: Type.String(),
  skills: Type.Array(SkillSchema),
  /** How skills grow from the record, in words (the same rules the code applies). */
  growthRules: Type.Array(Type.String()),
});

export const DirectoryEntrySchema = Type.Object({
  personId: Type.Integer(),
  name: Type.String(),
  kind: Type.String(),
  campusId: Type.Union([Type.Integer(), Type.Null()]),
  roles: Type.Array(Type.String()),
  skills: Type.Array(Type.Object({ topicId: Type.Integer(), level: SkillLevelSchema, endorsed: Type.Boolean() })),
  interests: Type.Array(Type.Integer()),
  away: Type.Boolean(),
  openLoad: Type.Integer(),
  openCap: Type.Integer(),
  helped: Type.Array(Type.Object({ topicId: Type.Integer(), count: Type.Integer() })),
});

export const HelperProposalSchema = Type.Object({
  personId: Type.Integer(),
  name: Type.String(),
  score: Type.Number(),
  reasons: Type.Array(Type.String()),
  pairWith: Type.Optional(Type.Object({ personId: Type.Integer(), name: Type.String() })),
});
