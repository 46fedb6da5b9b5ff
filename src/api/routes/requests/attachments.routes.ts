import multipart from "@fastify/multipart";
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { addAttachment, getAttachment, MAX_ATTACHMENT_BYTES } from "../../../core/requests/attachments.js";
import { AppError } from "../../../core/shared/errors.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { errorResponses, IdParams } from "../../schemas/common.js";
import { AttachmentSchema } from "../../schemas/requests.schemas.js";

/** Images and PDFs on a request, stored in the database (multipart upload, field `file`). */
export function attachmentsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 0, parts: 2 } });

    app.post(
      "/requests/:id/attachments",
      {
        schema: {
          tags: ["requests"],
          summary: "Attach an image (PNG, JPEG, GIF, WebP) or PDF, at most 10 MB, as multipart field `file`",
          consumes: ["multipart/form-data"],
          params: IdParams,
          response: { 201: AttachmentSchema, ...errorResponses(400, 401, 403, 404, 413, 415) },
        },
      },
      async (request, reply) => {
        if (!request.isMultipart()) throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Upload files as multipart/form-data with a field named file.");
        const file = await request.file();
        if (!file) throw new AppError("VALIDATION_FAILED", "No file was sent.");
        const data = await file.toBuffer().catch((error: { code?: string }) => {
          if (error.code === "FST_REQ_FILE_TOO_LARGE") throw new AppError("ATTACHMENT_TOO_LARGE", `Files may be at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`);
          throw error;
        });
        const meta = await ctx.tx((repos) =>
          addAttachment({ requests: repos.requests, attachments: repos.attachments, events: repos.events, clock: ctx.clock }, actorOf(request), request.params.id, {
            filename: file.filename,
            data,
          }),
        );
        return reply.status(201).send(meta);
      },
    );

    app.get(
      "/requests/:id/attachments/:attachmentId",
      {
        schema: {
          tags: ["requests"],
          summary: "Download an attachment",
          params: Type.Object({ id: IdParams.properties.id, attachmentId: IdParams.properties.id }),
        },
      },
      async (request, reply) => {
        const file = await getAttachment(ctx.repos, actorOf(request), request.params.id, request.params.attachmentId);
        // The type was sniffed at upload; sandbox the answer so even a crafted file can't run script.
        return reply
          .header("content-type", file.contentType)
          .header("content-disposition", `inline; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
          .header("content-security-policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
          .header("cache-control", "private, max-age=3600")
          .send(Buffer.from(file.data));
      },
    );
  };
}
