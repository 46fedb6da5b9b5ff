import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { dependencyInsights, dependencyReport, type InsightQuery, insightPeople } from "../../../core/insights/dependency-insights.js";
import { myGrowth } from "../../../core/insights/my-growth.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { errorResponses } from "../../schemas/common.js";
import { reportCsv } from "./insights-csv.js";
import { DependencyResponseSchema, DrillDownSchema, GrowthSchema, InsightQuerySchema } from "./insights.schemas.js";

const VIEWERS = ["leader", "tech", "admin"] as const;

const toQuery = (q: { from?: string; to?: string; campus?: number; topic?: number }): InsightQuery => ({
  ...(q.from !== undefined && { from: q.from }),
  ...(q.to !== undefined && { to: q.to }),
  campusId: q.campus ?? null,
  topicId: q.topic ?? null,
});

/** The dependency dashboard (leaders, tech, admins), its drill-down and CSV, and every member's own growth. */
export function insightsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    const deps = () => ({ source: ctx.repos.insights, settings: ctx.repos.settings, now: ctx.clock.now() });

    app.get(
      "/insights/dependency",
      {
        config: { roles: VIEWERS },
        schema: {
          tags: ["insights"],
          summary: "The dependency report for [from, to) (default: the last 12 months), with the previous period as `previous`",
          querystring: InsightQuerySchema,
          response: { 200: DependencyResponseSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const { current, previous } = await dependencyInsights(deps(), actorOf(request), toQuery(request.query));
        return { ...current, previous };
      },
    );

    app.get(
      "/insights/dependency.csv",
      {
        config: { roles: VIEWERS },
        schema: { tags: ["insights"], summary: "The report's monthly figures and topic table as CSV", querystring: InsightQuerySchema, produces: ["text/csv"] },
      },
      async (request, reply) => {
        const current = await dependencyReport(deps(), actorOf(request), toQuery(request.query));
        return reply.header("content-type", "text/csv; charset=utf-8").header("content-disposition", 'attachment; filename="dependency.csv"').send(`\uFEFF${reportCsv(current)}`);
      },
    );

    for (const side of ["helpers", "requesters"] as const) {
      app.get(
        `/insights/${side}`,
        {
          config: { roles: VIEWERS },
          schema: {
            tags: ["insights"],
            summary:
              side === "helpers"
                ? "Resolutions per helper in the window (names only where the viewer may see them; otherwise groups)"
                : "Requests per requester in the window (names only where the viewer may see them; students never named for leaders)",
            querystring: InsightQuerySchema,
            response: { 200: DrillDownSchema, ...errorResponses(400, 401, 403, 404) },
          },
        },
        async (request) => insightPeople(deps(), actorOf(request), side, toQuery(request.query)),
      );
    }

    app.get(
      "/me/growth",
      {
        schema: {
          tags: ["me"],
          summary: "My own picture: how I asked for help, how it was resolved, what I learned (default: the last 12 months)",
          querystring: Type.Object({ from: Type.Optional(Type.String({ format: "date-time" })), to: Type.Optional(Type.String({ format: "date-time" })) }),
          response: { 200: GrowthSchema, ...errorResponses(400, 401) },
        },
      },
      async (request) => myGrowth({ growth: ctx.repos.growth, now: ctx.clock.now() }, actorOf(request), request.query),
    );
  };
}
