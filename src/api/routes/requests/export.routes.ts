import { safeCell } from "../../shared/csv-cell.js";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import Papa from "papaparse";
import { listRequests } from "../../../core/requests/view-requests.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { RequestQuery } from "../../schemas/requests.schemas.js";
import { toFilter } from "./request-filter.js";
import { presentRequests } from "./request-presenter.js";

const MAX_EXPORT = 10_000;
const COLUMNS = ["id", "title", "status", "mode", "requestedMode", "nature", "urgency", "topic", "requester", "assignee", "campusId", "createdAt", "resolvedAt", "resolutionKind", "selfReliance", "satisfaction"];

/** The queue as CSV, with the same filters as the list (what the caller may see, at most 10,000 rows). */
export function exportRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      "/requests/export.csv",
      { schema: { tags: ["requests"], summary: "Download the filtered requests as CSV", querystring: RequestQuery, produces: ["text/csv"] } },
      async (request, reply) => {
        const actor = actorOf(request);
        const filter = { ...toFilter(request.query, actor), cursor: undefined, limit: MAX_EXPORT };
        const page = await listRequests({ requests: ctx.repos.requests }, actor, filter);
        const topics = new Map((await ctx.repos.topics.list({ includeArchived: true })).map((t) => [t.id, t.name]));
        const rows = (await presentRequests(ctx.repos.people, page.items)).map((r) => ({
          ...r,
          // People's words and names could start with = + - @ and run as formulas in spreadsheets.
          topic: safeCell(topics.get(r.topicId) ?? ""),
          requester: safeCell(r.requesterName),
          assignee: safeCell(r.assigneeName ?? ""),
          title: safeCell(r.title),
        }));
        const csv = Papa.unparse(rows, { columns: COLUMNS });
        return reply.header("content-type", "text/csv; charset=utf-8").header("content-disposition", 'attachment; filename="requests.csv"').send(`\uFEFF${csv}\n`);
      },
    );
  };
}
