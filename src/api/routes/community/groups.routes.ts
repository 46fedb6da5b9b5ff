import { safeCell } from "../../shared/csv-cell.js";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import Papa from "papaparse";
import { GROUP_ROLES } from "../../../core/community/groups/groups.types.js";
import { createGroup, getGroup, listGroups, removeGroupMember, setGroupMember } from "../../../core/community/groups/manage-groups.js";
import { groupPortfolio } from "../../../core/community/groups/portfolio.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses, IdParams, ListOf } from "../../schemas/common.js";
import { literals } from "../../schemas/people.schemas.js";

const GroupRoleSchema = literals(GROUP_ROLES);
const Count = Type.Record(Type.String(), Type.Integer());

const GroupSchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  description: Type.String(),
  createdAt: Type.String(),
  members: Type.Array(Type.Object({ personId: Type.Integer(), name: Type.String(), kind: Type.String(), role: GroupRoleSchema })),
});

const PortfolioSchema = Type.Object({
  personId: Type.Integer(),
  name: Type.String(),
  requests: Type.Array(
    Type.Object({
      requestId: Type.Integer(),
      title: Type.String(),
      topicId: Type.Integer(),
      topicName: Type.String(),
      status: Type.String(),
      contribution: literals(["resolved", "answered"] as const),
      acceptedAnswer: Type.Boolean(),
      resolutionKind: Type.Union([Type.String(), Type.Null()]),
      selfReliance: Type.Union([Type.String(), Type.Null()]),
      minutesSpent: Type.Union([Type.Integer(), Type.Null()]),
      resolvedAt: Type.Union([Type.String(), Type.Null()]),
    }),
  ),
  resolvedCount: Type.Integer(),
  answeredCount: Type.Integer(),
  minutesSpent: Type.Integer(),
  topics: Type.Array(Type.Object({ topicId: Type.Integer(), topicName: Type.String(), count: Type.Integer() })),
  resolutionKinds: Count,
  selfReliance: Count,
});

const MemberParams = Type.Object({ id: IdParams.properties.id, personId: IdParams.properties.id });
const PortfolioQuery = Type.Object({ personId: Type.Optional(Type.Integer({ minimum: 1 })) });
const CSV_COLUMNS = ["person", "requestId", "title", "topic", "contribution", "acceptedAnswer", "status", "resolutionKind", "selfReliance", "minutesSpent", "resolvedAt"];

/** Helper groups (the student tech team): membership, and each member's helping portfolio. */
export function groupsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    const deps = (repos: AppContext["repos"]) => ({ groups: repos.groups, people: repos.people, events: repos.events, clock: ctx.clock });

    app.get(
      "/groups",
      { schema: { tags: ["community"], summary: "Helper groups (tech and admin: all; others: the ones they are on)", response: { 200: ListOf(GroupSchema), ...errorResponses(401) } } },
      async (request) => ({ items: await listGroups(ctx.repos, actorOf(request)), nextCursor: null }),
    );

    app.get(
      "/groups/:id",
      { schema: { tags: ["community"], summary: "One helper group with its members", params: IdParams, response: { 200: GroupSchema, ...errorResponses(401, 404) } } },
      async (request) => getGroup(ctx.repos, actorOf(request), request.params.id),
    );

    app.post(
      "/groups",
      {
        config: { roles: ["tech", "admin"] },
        schema: {
          tags: ["community"],
          summary: "Create a helper group",
          body: Body({ name: Type.String({ minLength: 1, maxLength: 100 }), description: Type.Optional(Type.String({ maxLength: 2000 })) }),
          response: { 201: GroupSchema, ...errorResponses(400, 401, 403, 409) },
        },
      },
      async (request, reply) => reply.status(201).send(await ctx.tx((repos) => createGroup(deps(repos), actorOf(request), request.body))),
    );

    app.put(
      "/groups/:id/members/:personId",
      {
        config: { roles: ["tech", "admin"] },
        schema: {
          tags: ["community"],
          summary: "Put a person on the group as member or supervisor (supervisors are staff)",
          params: MemberParams,
          body: Body({ role: GroupRoleSchema }),
          response: { 200: GroupSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => ctx.tx((repos) => setGroupMember(deps(repos), actorOf(request), request.params.id, request.params.personId, request.body.role)),
    );

    app.delete(
      "/groups/:id/members/:personId",
      {
        config: { roles: ["tech", "admin"] },
        schema: { tags: ["community"], summary: "Take a person off the group", params: MemberParams, response: { 204: Type.Null(), ...errorResponses(401, 403, 404) } },
      },
      async (request, reply) => {
        await ctx.tx((repos) => removeGroupMember(deps(repos), actorOf(request), request.params.id, request.params.personId));
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/groups/:id/portfolio",
      {
        schema: {
          tags: ["community"],
          summary: "Members' helping record: requests resolved or answered, topics, outcomes, minutes (supervisors, tech, admin; a member sees their own)",
          params: IdParams,
          querystring: PortfolioQuery,
          response: { 200: ListOf(PortfolioSchema), ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => ({ items: await groupPortfolio(ctx.repos, actorOf(request), request.params.id, request.query), nextCursor: null }),
    );

    app.get(
      "/groups/:id/portfolio.csv",
      { schema: { tags: ["community"], summary: "The portfolio as CSV, one row per request helped with", params: IdParams, querystring: PortfolioQuery, produces: ["text/csv"] } },
      async (request, reply) => {
        const portfolios = await groupPortfolio(ctx.repos, actorOf(request), request.params.id, request.query);
        const rows = portfolios.flatMap((p) => p.requests.map((r) => ({ ...r, person: safeCell(p.name), title: safeCell(r.title), topic: safeCell(r.topicName) })));
        const csv = Papa.unparse(rows, { columns: CSV_COLUMNS });
        return reply
          .header("content-type", "text/csv; charset=utf-8")
          .header("content-disposition", `attachment; filename="group-${request.params.id}-portfolio.csv"`)
          .send(`\uFEFF${csv}\n`);
      },
    );
  };
}

/** Cells starting with = + - @ would run as formulas in spreadsheets (CSV injection). */
