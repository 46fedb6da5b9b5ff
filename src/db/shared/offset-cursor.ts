import { AppError } from "../../core/shared/errors.js";

/**
 * Opaque offset cursors, for lists a person re-sorts (newest, urgency, …) where keyset paging would need
 * a cursor per sort order. Queues are hundreds of rows, so offsets stay cheap.
 */
export function encodeOffset(offset: number): string {
  return Buffer.from(`o:${offset}`).toString("base64url");
}

export function decodeOffset(cursor: string | undefined): number {
  if (!cursor) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw new AppError("INVALID_CURSOR", "The cursor is not one this list gave out.");
  return Number(match[1]);
}
