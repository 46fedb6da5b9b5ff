import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { assignRequest } from "../../../core/requests/assign-request.js";
import { type BulkAction, bulkUpdate, MAX_BULK } from "../../../core/requests/bulk-update.js";
import { updateRequest } from "../../../core/requests/update-request.js";
import type { Actor } from "../../../core/people/people.types.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses } from "../../schemas/common.js";
import { literals } from "../../schemas/people.schemas.js";
import { UrgencySchema } from "../../schemas/requests.schemas.js";

const Action = Type.Union([
  Body({ action: Type.Literal("assign"), assigneeId: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]) }),
  Body({ action: Type.Literal("status"), status: literals(["triaged", "in_progress", "waiting", "closed"] as const) }),
  Body({ action: Type.Literal("topic"), topicId: Type.Integer({ minimum: 1 }) }),
  Body({ action: Type.Literal("urgency"), urgency: UrgencySchema }),
]);

/** Triage many requests at once: assign, move, re-topic or re-prioritise. */
export function bulkRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      "/requests/bulk",
      {
        config: { roles: ["tech", "admin"] },
        schema: {
          tags: ["requests"],
          summary: "Apply one triage action to many requests; each outcome is reported",
          body: Body({ ids: Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1, maxItems: MAX_BULK }), change: Action }),
          response: {
            200: Type.Object({
              items: Type.Array(Type.Object({ id: Type.Integer(), ok: Type.Boolean(), error: Type.Optional(Type.Object({ code: Type.String(), message: Type.String() })) })),
              nextCursor: Type.Null(),
            }),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const change = request.body.change as BulkAction;
        const items = await bulkUpdate(actor, request.body.ids, (id) => applyOne(ctx, actor, id, change));
        return { items, nextCursor: null };
      },
    );
  };
}

async function applyOne(ctx: AppContext, actor: Actor, id: number, change: BulkAction): Promise<void> {
  await ctx.tx(async (repos) => {
    if (change.action === "assign") {
      await assignRequest({ requests: repos.requests, people: repos.people, events: repos.events, clock: ctx.clock }, actor, id, { assigneeId: change.assigneeId });
      return;
    }
    const deps = { requests: repos.requests, topics: repos.topics, campuses: repos.campuses, events: repos.events, examples: repos.examples, people: repos.people, groups: repos.groups, clock: ctx.clock };
    // updateRequest loads the request itself, inside this transaction: no version to check against.
    const { action: _action, ...changes } = change;
    await updateRequest(deps, actor, id, { version: null, ...changes });
  });
}
