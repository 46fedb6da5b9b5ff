import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import cookie from "@fastify/cookie";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { randomUUID } from "node:crypto";
import { AppError } from "../core/shared/errors.js";
import type { AppContext } from "../platform/context.js";
import { installAuth } from "./plugins/auth.js";
import { body, installErrorHandling } from "./plugins/errors.js";
import { installSecurityHeaders } from "./plugins/security-headers.js";
import { installValidators } from "./plugins/validation.js";
import { groupsRoutes } from "./routes/community/groups.routes.js";
import { questionsRoutes } from "./routes/community/questions.routes.js";
import { campusesRoutes } from "./routes/campuses/campuses.routes.js";
import { meRoutes } from "./routes/me/me.routes.js";
import { tokensRoutes } from "./routes/me/tokens.routes.js";
import { digestRoutes } from "./routes/me/digest.routes.js";
import { peopleRoutes } from "./routes/people/people.routes.js";
import { sessionRoutes } from "./routes/session/session.routes.js";
import { healthRoutes, type Readiness } from "./routes/system/health.routes.js";
import { topicsRoutes } from "./routes/topics/topics.routes.js";
import { notificationsRoutes } from "./routes/notifications/notifications.routes.js";
import { articleExtrasRoutes } from "./routes/knowledge/article-extras.routes.js";
import { articlesRoutes } from "./routes/knowledge/articles.routes.js";
import { requestArticlesRoutes } from "./routes/knowledge/request-articles.routes.js";
import { searchRoutes } from "./routes/knowledge/search.routes.js";
import { directoryRoutes } from "./routes/community/directory.routes.js";
import { profileRoutes } from "./routes/community/profile.routes.js";
import { attachmentsRoutes } from "./routes/requests/attachments.routes.js";
import { bulkRoutes } from "./routes/requests/bulk.routes.js";
import { classifyRoutes } from "./routes/requests/classify.routes.js";
import { exportRoutes } from "./routes/requests/export.routes.js";
import { requestActionsRoutes } from "./routes/requests/request-actions.routes.js";
import { requestsRoutes } from "./routes/requests/requests.routes.js";
import { savedItemsRoutes } from "./routes/requests/saved-items.routes.js";
import { insightsRoutes } from "./routes/insights/insights.routes.js";
import { settingsRoutes } from "./routes/settings/settings.routes.js";
import { trainingsRoutes } from "./routes/growth/trainings.routes.js";
import { ideasRoutes } from "./routes/growth/ideas.routes.js";
import { ideasWorkRoutes } from "./routes/growth/ideas-work.routes.js";

export interface AppOptions {
  /** Signs session cookies; from SESSION_SECRET or generated once and kept in the database. */
  cookieSecret: string;
  readiness?: Readiness;
  logger?: FastifyServerOptions["logger"];
  /** Folder of the built web app; defaults to web/dist in the checkout. */
  webRoot?: string;
}

const DEFAULT_WEB_ROOT = fileURLToPath(new URL("../../web/dist", import.meta.url));

/** Builds the whole HTTP application without listening (tests use `app.inject`). */
export async function buildApp(ctx: AppContext, options: AppOptions): Promise<FastifyInstance> {
  const readiness = options.readiness ?? { ready: true, demo: ctx.config.demo };
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    trustProxy: true,
    genReqId: (request) => {
      const given = request.headers["x-request-id"];
      return typeof given === "string" && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
  }).withTypeProvider<TypeBoxTypeProvider>();

  installValidators(app);
  installErrorHandling(app);
  installSecurityHeaders(app);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });
  await app.register(cookie, { secret: options.cookieSecret });
  await registerOpenApi(app);
  installAuth(app, ctx);

  app.addHook("onRequest", async (request) => {
    if (!readiness.ready && request.url.startsWith("/api/v1/") && !request.url.startsWith("/api/v1/openapi.json")) {
      throw new AppError("NOT_READY", "Scaffold is still starting; try again in a moment.");
    }
  });

  await app.register(healthRoutes(readiness));
  await app.register(
    async (api) => {
      await api.register(sessionRoutes(ctx));
      await api.register(meRoutes(ctx));
      await api.register(tokensRoutes(ctx));
      await api.register(digestRoutes(ctx));
      await api.register(peopleRoutes(ctx));
      await api.register(campusesRoutes(ctx));
      await api.register(topicsRoutes(ctx));
      await api.register(requestsRoutes(ctx));
      await api.register(requestActionsRoutes(ctx));
      await api.register(bulkRoutes(ctx));
      await api.register(exportRoutes(ctx));
      await api.register(attachmentsRoutes(ctx));
      await api.register(classifyRoutes(ctx));
      await api.register(savedItemsRoutes(ctx));
      await api.register(notificationsRoutes(ctx));
      await api.register(articlesRoutes(ctx));
      await api.register(articleExtrasRoutes(ctx));
      await api.register(searchRoutes(ctx));
      await api.register(requestArticlesRoutes(ctx));
      await api.register(questionsRoutes(ctx));
      await api.register(groupsRoutes(ctx));
      await api.register(profileRoutes(ctx));
      await api.register(directoryRoutes(ctx));
      await api.register(insightsRoutes(ctx));
      await api.register(settingsRoutes(ctx));
      await api.register(trainingsRoutes(ctx));
      await api.register(ideasRoutes(ctx));
      await api.register(ideasWorkRoutes(ctx));
    },
    { prefix: "/api/v1" },
  );
  await registerWebApp(app, options.webRoot ?? DEFAULT_WEB_ROOT);
  return app;
}

async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: { title: "Scaffold API", version: "1", description: "Help platform for schools. Errors: {error: {code, message}}; lists: {items, nextCursor}." },
      components: {
        securitySchemes: {
          session: { type: "apiKey", in: "cookie", name: "scaffold_session" },
          bearer: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ session: [] }, { bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs", uiConfig: { docExpansion: "list" } });
  app.get("/api/v1/openapi.json", { config: { access: "public" }, schema: { hide: true } }, async () => app.swagger());
}

/** Serves the single-page app; unknown non-API paths get index.html so client-side routes load directly. */
async function registerWebApp(app: FastifyInstance, root: string): Promise<void> {
  const built = existsSync(`${root}/index.html`);
  if (built) await app.register(fastifyStatic, { root, index: false, maxAge: "1h" });
  if (built) app.get("/", { config: { access: "public" }, schema: { hide: true } }, (_request, reply) => reply.header("cache-control", "no-cache").sendFile("index.html"));
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    const wantsPage = request.method === "GET" && !path.startsWith("/api/") && !/\.[a-z0-9]+$/i.test(path);
    if (!wantsPage) return reply.status(404).send(body("ROUTE_NOT_FOUND", `No route ${request.method} ${path}.`));
    if (!built) return reply.status(503).type("text/plain").send("The web app is not built yet: run `npm run build:web` (npm start does it for you).");
    return reply.header("cache-control", "no-cache").sendFile("index.html");
  });
}
