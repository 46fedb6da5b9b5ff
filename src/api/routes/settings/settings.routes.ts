import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { insightSettings, updateInsightSettings } from "../../../core/insights/dependency-insights.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses } from "../../schemas/common.js";

const InsightSettingsSchema = Type.Object({ showNames: Type.Boolean() });

/** School settings for admins: whether leaders see individual names in insights. */
export function settingsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      "/settings/insights",
      { config: { roles: ["admin"] }, schema: { tags: ["settings"], summary: "Whether leaders see names in insights", response: { 200: InsightSettingsSchema, ...errorResponses(401, 403) } } },
      async (request) => insightSettings({ settings: ctx.repos.settings }, actorOf(request)),
    );
    app.put(
      "/settings/insights",
      {
        config: { roles: ["admin"] },
        schema: {
          tags: ["settings"],
          summary: "Let leaders see individual names in insights (students are never named for leaders)",
          body: Body({ showNames: Type.Boolean() }),
          response: { 200: InsightSettingsSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => ctx.tx((repos) => updateInsightSettings({ settings: repos.settings }, actorOf(request), request.body)),
    );
  };
}
