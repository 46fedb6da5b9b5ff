import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { FastifyReply } from "fastify";
import { personalCalendar, trainingCalendar } from "../../../core/growth/trainings/training-calendar.js";
import { AppError } from "../../../core/shared/errors.js";
import type { AppContext } from "../../../platform/context.js";
import { errorResponses } from "../../schemas/common.js";
import { type CalendarKind, calendarLinks } from "../../../platform/calendar-tokens.js";

const tags = ["growth"];
const Digits = Type.String({ pattern: "^[0-9]{1,10}$" });
const TokenQuery = Type.Object({ token: Type.Optional(Type.String({ maxLength: 100 })) });
const ics = { 200: Type.String({ description: "text/calendar (RFC 5545)" }), ...errorResponses(404) };

/**
 * Open calendar feeds (no session: calendar apps send no cookies). The token is in the path
 * (`/{id}/{token}.ics`, the form the API hands out, so links end in `.ics`) or in `?token=`.
 * A wrong or missing token answers 404, like an unknown id.
 */
export function calendarRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    const check = async (kind: CalendarKind, id: string, token: string | undefined) => {
      const links = await calendarLinks(ctx);
      if (!links.matches(kind, Number(id), token)) {
        throw kind === "training" ? new AppError("TRAINING_NOT_FOUND", "Training was not found.") : new AppError("PERSON_NOT_FOUND", "Person was not found.");
      }
      return links;
    };
    const send = (reply: FastifyReply, name: string, body: string) =>
      reply.header("content-type", "text/calendar; charset=utf-8").header("content-disposition", `inline; filename="${name}.ics"`).header("cache-control", "private, max-age=300").send(body);

    const training = async (id: string, token: string | undefined, reply: FastifyReply) => {
      const links = await check("training", id, token);
      const found = await ctx.repos.trainings.findById(Number(id));
      if (!found) throw new AppError("TRAINING_NOT_FOUND", "Training was not found.");
      return send(reply, `training-${found.id}`, trainingCalendar(found, { host: links.host, pageUrl: (t) => links.trainingPage(t) }));
    };
    const person = async (id: string, token: string | undefined, reply: FastifyReply) => {
      const links = await check("person", id, token);
      const found = await ctx.repos.people.findById(Number(id));
      if (!found || !found.active) throw new AppError("PERSON_NOT_FOUND", "Person was not found.");
      const body = await personalCalendar({ trainings: ctx.repos.trainings, clock: ctx.clock }, found, { host: links.host, pageUrl: (t) => links.trainingPage(t) });
      return send(reply, "my-trainings", body);
    };

    const config = { access: "public" } as const;
    const Params = Type.Object({ id: Digits });
    const TokenParams = Type.Object({ id: Digits, token: Type.String({ pattern: "^[A-Za-z0-9_-]{1,100}$" }) });
    app.get("/calendar/trainings/:id(^\\d+).ics", { config, schema: { tags, summary: "A training as iCalendar (?token=)", params: Params, querystring: TokenQuery, produces: ["text/calendar"], response: ics } }, (request, reply) =>
      training(request.params.id, request.query.token, reply),
    );
    app.get("/calendar/trainings/:id/:token(^[A-Za-z0-9_-]+).ics", { config, schema: { tags, summary: "A training as iCalendar", params: TokenParams, produces: ["text/calendar"], response: ics } }, (request, reply) =>
      training(request.params.id, request.params.token, reply),
    );
    app.get("/calendar/people/:id(^\\d+).ics", { config, schema: { tags, summary: "A person's trainings feed (?token=)", params: Params, querystring: TokenQuery, produces: ["text/calendar"], response: ics } }, (request, reply) =>
      person(request.params.id, request.query.token, reply),
    );
    app.get("/calendar/people/:id/:token(^[A-Za-z0-9_-]+).ics", { config, schema: { tags, summary: "A person's trainings feed", params: TokenParams, produces: ["text/calendar"], response: ics } }, (request, reply) =>
      person(request.params.id, request.params.token, reply),
    );
  };
}
