import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";

/** Whether this node is done starting: migrations ran and the demo seed (when on) is in. */
export interface Readiness {
  ready: boolean;
  demo: boolean;
}

export function healthRoutes(readiness: Readiness): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      "/healthz",
      { config: { access: "public" }, schema: { tags: ["system"], summary: "The process is alive", response: { 200: Type.Object({ status: Type.Literal("ok") }) } } },
      async () => ({ status: "ok" as const }),
    );
    app.get(
      "/readyz",
      {
        config: { access: "public" },
        schema: {
          tags: ["system"],
          summary: "Ready to serve: migrations and the demo seed are complete",
          response: { 200: Type.Object({ status: Type.Literal("ready"), demo: Type.Boolean() }), 503: Type.Object({ status: Type.Literal("starting") }) },
        },
      },
      async (_request, reply) => (readiness.ready ? { status: "ready" as const, demo: readiness.demo } : reply.status(503).send({ status: "starting" as const })),
    );
  };
}
