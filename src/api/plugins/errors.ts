import type { FastifyError, FastifyInstance } from "fastify";
import { AppError, ERROR_CODES, type ErrorCode } from "../../core/shared/errors.js";

/** Every error leaves as `{error: {code, message}}` with a stable code; a 500 never leaks internals. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.code === "TOO_MANY_SIGN_IN_ATTEMPTS") {
        const retryAfter = (error.details as { retryAfter?: number } | undefined)?.retryAfter;
        if (retryAfter) reply.header("retry-after", String(retryAfter));
      }
      return reply.status(error.status).send(body(error.code, error.message));
    }
    if (error.validation) {
      const first = error.validation[0];
      const where = first?.instancePath ? `${error.validationContext ?? "body"}${first.instancePath.replace(/\//g, ".")}` : (error.validationContext ?? "body");
      const message =
        first?.keyword === "additionalProperties"
          ? `${where} has an unknown field "${String((first.params as { additionalProperty?: string }).additionalProperty)}".`
          : `${where} ${first?.message ?? "is invalid"}.`;
      return reply.status(400).send(body("VALIDATION_FAILED", message));
    }
    const mapped = FASTIFY_CODES[error.code];
    if (mapped) return reply.status(ERROR_CODES[mapped]).send(body(mapped, readable(mapped, error)));
    const status = error.statusCode ?? 500;
    if (status >= 500) {
      request.log.error({ err: error }, "unhandled error");
      return reply.status(500).send(body("INTERNAL_ERROR", "Something went wrong on our side. It has been logged."));
    }
    if (status === 429) return reply.status(429).send(body("RATE_LIMITED", "Too many requests; slow down a little."));
    return reply.status(status).send(body("VALIDATION_FAILED", error.message));
  });
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: "MALFORMED_JSON",
  FST_ERR_CTP_EMPTY_JSON_BODY: "MALFORMED_JSON",
  FST_ERR_CTP_BODY_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "VALIDATION_FAILED",
  FST_ERR_CTP_INVALID_TYPE: "UNSUPPORTED_MEDIA_TYPE",
};

function readable(code: ErrorCode, error: FastifyError): string {
  switch (code) {
    case "MALFORMED_JSON":
      return "The request body is not valid JSON.";
    case "PAYLOAD_TOO_LARGE":
      return "The request body is too large.";
    case "UNSUPPORTED_MEDIA_TYPE":
      return "Send the request body as application/json.";
    default:
      return error.message;
  }
}

export function body(code: ErrorCode, message: string) {
  return { error: { code, message } };
}
