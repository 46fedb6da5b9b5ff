import type { FastifyInstance } from "fastify";

// Mantine sets inline styles, so style-src allows them; scripts come only from this origin.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

/** Conservative security headers on every answer; the API docs page keeps its own script needs. */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "same-origin");
    reply.header("x-frame-options", "DENY");
    // Routes may set a stricter policy of their own (attachments are sandboxed).
    if (!request.url.startsWith("/api/docs") && !reply.hasHeader("content-security-policy")) reply.header("content-security-policy", CSP);
  });
}
