import { AppError } from "../../core/shared/errors.js";

/** An opaque cursor: `prefix:n`, base64url-encoded so clients don't build them. */
export function encodeNumberCursor(prefix: string, n: number): string {
  return Buffer.from(`${prefix}:${n}`).toString("base64url");
}

/** The number inside a cursor this list gave out; INVALID_CURSOR for anything else. */
export function decodeNumberCursor(prefix: string, maxDigits: number, cursor: string): number {
  const match = new RegExp(`^${prefix}:(\\d{1,${maxDigits}})$`).exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw new AppError("INVALID_CURSOR", "The cursor is not one this list gave out.");
  return Number(match[1]);
}

/** Opaque keyset cursors: the last row's id. */
export function encodeCursor(lastId: number): string {
  return encodeNumberCursor("id", lastId);
}

export function decodeCursor(cursor: string | undefined): number | null {
  return cursor ? decodeNumberCursor("id", 15, cursor) : null;
}

/** Fetch limit + 1 rows; the extra one tells whether another page exists. */
export function toPage<T extends { id: number }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}
