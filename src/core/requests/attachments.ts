import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import { loadVisible, recordEvent, type RequestsPorts } from "./request-deps.js";
import type { AttachmentsRepository } from "./requests.ports.js";
import type { AttachmentMeta } from "./requests.types.js";

/** Attachments live in the database, so nodes stay stateless; the cap keeps rows reasonable. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Allowed types, each recognised by its first bytes rather than trusted from the file name. */
const SIGNATURES: { type: string; test: (b: Uint8Array) => boolean }[] = [
  { type: "image/png", test: (b) => starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { type: "image/jpeg", test: (b) => starts(b, [0xff, 0xd8, 0xff]) },
  { type: "image/gif", test: (b) => starts(b, [0x47, 0x49, 0x46, 0x38]) },
  { type: "image/webp", test: (b) => starts(b, [0x52, 0x49, 0x46, 0x46]) && starts(b.subarray(8), [0x57, 0x45, 0x42, 0x50]) },
  { type: "application/pdf", test: (b) => starts(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) },
];

export const ALLOWED_ATTACHMENT_TYPES = SIGNATURES.map((s) => s.type);

function starts(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((value, i) => bytes[i] === value);
}

/** The real type of a file from its content, or null when it is not one we accept. */
export function sniffType(bytes: Uint8Array): string | null {
  return SIGNATURES.find((s) => s.test(bytes))?.type ?? null;
}

/** Adds an image or PDF to a request the actor can see. */
export async function addAttachment(
  deps: Pick<RequestsPorts, "requests" | "events" | "clock"> & { attachments: AttachmentsRepository },
  actor: Actor,
  requestId: number,
  file: { filename: string; data: Uint8Array },
): Promise<AttachmentMeta> {
  const request = await loadVisible(deps.requests, actor, requestId);
  if (request.status === "closed") throw new AppError("INVALID_TRANSITION", "This request is closed.");
  if (file.data.byteLength > MAX_ATTACHMENT_BYTES) {
    throw new AppError("ATTACHMENT_TOO_LARGE", `Files may be at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`);
  }
  if (file.data.byteLength === 0) throw new AppError("VALIDATION_FAILED", "The file is empty.");
  const contentType = sniffType(file.data);
  if (!contentType) throw new AppError("ATTACHMENT_TYPE_NOT_ALLOWED", "Attach images (PNG, JPEG, GIF, WebP) or PDF files.");
  const filename = cleanFilename(file.filename);
  const now = deps.clock.now().toISOString();
  const meta = await deps.attachments.add({ requestId, uploaderId: actor.id, filename, contentType, data: file.data, createdAt: now });
  await recordEvent(deps, "request.attachment_added", actor, requestId, now, { attachmentId: meta.id, filename, size: meta.size });
  return meta;
}

/** Keeps a readable name without path parts or control characters. */
export function cleanFilename(raw: string): string {
  // eslint-disable-next-line no-control-regex
  const base = raw.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f"]/g, "").trim();
  return (base || "file").slice(0, 200);
}

/** An attachment's bytes, for someone who can see its request. */
export async function getAttachment(
  deps: { requests: RequestsPorts["requests"]; attachments: AttachmentsRepository },
  actor: Actor,
  requestId: number,
  attachmentId: number,
) {
  await loadVisible(deps.requests, actor, requestId);
  const attachment = await deps.attachments.get(attachmentId);
  if (!attachment || attachment.requestId !== requestId) throw new AppError("ATTACHMENT_NOT_FOUND", `Attachment ${attachmentId} was not found.`);
  return attachment;
}
