import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { acceptAnswer } from "../../../core/community/questions/accept-answer.js";
import { listCommunityQuestions } from "../../../core/community/questions/list-questions.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses, IdParams, ListOf, PageQuery } from "../../schemas/common.js";
import { RequestSchema } from "../../schemas/requests.schemas.js";
import { presentRequest, presentRequests } from "../requests/request-presenter.js";

const QuestionSchema = Type.Composite([RequestSchema, Type.Object({ answerCount: Type.Integer() })]);

/** Community questions: the feed of open questions a person may answer, and accepting an answer. */
export function questionsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      "/community/questions",
      {
        schema: {
          tags: ["community"],
          summary: "Open community questions the caller may see (their skills, or topics open to everyone), newest first, with answer counts",
          querystring: Type.Object({ topicId: Type.Optional(Type.Integer({ minimum: 1 })), ...PageQuery }),
          response: { 200: ListOf(QuestionSchema), ...errorResponses(400, 401) },
        },
      },
      async (request) => {
        const page = await listCommunityQuestions({ requests: ctx.repos.requests, answers: ctx.repos.answers }, actorOf(request), request.query);
        const presented = await presentRequests(ctx.repos.people, page.items);
        return { items: presented.map((r, i) => ({ ...r, answerCount: page.items[i]!.answerCount })), nextCursor: page.nextCursor };
      },
    );

    app.post(
      "/requests/:id/accept",
      {
        schema: {
          tags: ["community"],
          summary: "The requester accepts an answer: resolves the request as guided and credits the answer's author",
          params: IdParams,
          body: Body({ messageId: Type.Integer({ minimum: 1 }), version: Type.Optional(Type.Integer({ minimum: 1 })) }),
          response: { 200: RequestSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const updated = await ctx.tx((repos) =>
          acceptAnswer({ requests: repos.requests, messages: repos.messages, events: repos.events, clock: ctx.clock }, actorOf(request), request.params.id, request.body),
        );
        return presentRequest(ctx.repos.people, updated);
      },
    );
  };
}
