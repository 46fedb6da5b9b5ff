import { type TLiteral, type TUnion, Type } from "@sinclair/typebox";
import { COMMUNITY_AUDIENCES, LOCALES, PERSON_KINDS, ROLES, TOPIC_NATURES } from "../../core/people/people.types.js";

export const literals = <T extends readonly string[]>(values: T) =>
  Type.Union(values.map((v) => Type.Literal(v))) as unknown as TUnion<TLiteral<T[number]>[]>;

export const RoleSchema = literals(ROLES);
export const KindSchema = literals(PERSON_KINDS);
export const LocaleSchema = literals(LOCALES);
export const NatureSchema = literals(TOPIC_NATURES);
export const CommunityAudienceSchema = literals(COMMUNITY_AUDIENCES);

export const PersonSchema = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    email: Type.String(),
    kind: KindSchema,
    campusId: Type.Union([Type.Integer(), Type.Null()]),
    locale: LocaleSchema,
    roles: Type.Array(RoleSchema),
    active: Type.Boolean(),
    hasPassword: Type.Boolean(),
    createdAt: Type.String({ format: "date-time" }),
    updatedAt: Type.String({ format: "date-time" }),
  },
);

export const MeSchema = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    email: Type.String(),
    kind: KindSchema,
    campusId: Type.Union([Type.Integer(), Type.Null()]),
    locale: LocaleSchema,
    roles: Type.Array(RoleSchema),
    /** Echo in X-CSRF-Token on writes; null when signed in with an API token. */
    csrfToken: Type.Union([Type.String(), Type.Null()]),
    /** My trainings as an iCalendar feed to subscribe to in Google or Outlook; the URL carries a secret token. */
    calendarFeedUrl: Type.Optional(Type.String()),
  },
);

export const CampusSchema = Type.Object({ id: Type.Integer(), name: Type.String(), timeZone: Type.String() });

export const TopicSchema = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    parentId: Type.Union([Type.Integer(), Type.Null()]),
    nature: NatureSchema,
    description: Type.String(),
    archived: Type.Boolean(),
    communityAudience: CommunityAudienceSchema,
    autoAssign: Type.Boolean(),
  },
);

export const ApiTokenSchema = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    prefix: Type.String(),
    createdAt: Type.String(),
    lastUsedAt: Type.Union([Type.String(), Type.Null()]),
  },
);
