import { Type } from "@sinclair/typebox";

const Share = Type.Number({ minimum: 0, maximum: 1 });
const Rate = Type.Union([Type.Number(), Type.Null()]);

export const ConcentrationSchema = Type.Object({
  n: Type.Integer(),
  top20Share: Share,
  gini: Type.Number(),
  lorenz: Type.Array(Type.Tuple([Type.Number(), Type.Number()])),
});

export const RatesSchema = Type.Object({
  support: Rate,
  avoidableService: Rate,
  deflection: Rate,
  learning: Rate,
  repeat: Rate,
  community: Rate,
  link: Rate,
});

/** `DependencyReport` (src/core/insights/report.types.ts): the shape `scaffold analyze` writes too. */
export const DependencyReportSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  helpers: ConcentrationSchema,
  requesters: ConcentrationSchema,
  topics: Type.Array(Type.Object({ topic: Type.String(), busFactor: Type.Integer(), resolutions: Type.Integer() })),
  rates: RatesSchema,
  monthly: Type.Array(
    Type.Object({
      month: Type.String(),
      requests: Type.Integer(),
      resolutions: Type.Integer(),
      helpersTop20Share: Share,
      requestersTop20Share: Share,
      rates: RatesSchema,
    }),
  ),
});

/** The report's fields at the top level, plus the previous window of equal length for comparison. */
export const DependencyResponseSchema = Type.Composite([DependencyReportSchema, Type.Object({ previous: DependencyReportSchema })]);

export const InsightQuerySchema = Type.Object({
  from: Type.Optional(Type.String({ format: "date-time" })),
  to: Type.Optional(Type.String({ format: "date-time" })),
  campus: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647 })),
  topic: Type.Optional(Type.Integer({ minimum: 1, maximum: 2_147_483_647 })),
});

export const DrillDownSchema = Type.Object({
  items: Type.Array(Type.Object({ key: Type.String(), label: Type.String(), count: Type.Integer(), share: Share })),
});

const Counts = <K extends string>(keys: readonly K[]) => Type.Object(Object.fromEntries(keys.map((k) => [k, Type.Integer()])) as Record<K, ReturnType<typeof Type.Integer>>);

export const GrowthSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  timeZone: Type.String(),
  months: Type.Array(
    Type.Object({
      month: Type.String(),
      asked: Counts(["guide", "idea", "do"] as const),
      resolved: Counts(["selfSolved", "guided", "doneFor", "specialistFix"] as const),
      couldDoItMyself: Counts(["yes", "partly", "no"] as const),
      skillsGained: Type.Integer(),
    }),
  ),
  skills: Type.Array(Type.Object({ at: Type.String(), topic: Type.String(), from: Type.Union([Type.String(), Type.Null()]), to: Type.String() })),
  highlights: Type.Array(Type.String()),
});
