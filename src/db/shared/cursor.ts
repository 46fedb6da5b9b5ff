import { AppError } from "../../core/shared/errors.js";

/** Opaque keyset cursors: the last row's id, base64url-encoded so clients don't build them. */
export function encodeCursor(lastId: number): string {
  return Buffer.from(`id:${lastId}`).toString("base64url");
}

export function decodeCursor(cursor: string | undefined): number | null {
  if (!cursor) return null;
  const match = /^id:(\d{1,15})$/.exec(Buffer.from(cursor, "base64url").toString());
  if (!match) throw new AppError("INVALID_CURSOR", "The cursor is not one this list gave out.");
  return Number(match[1]);
}

/** Fetch limit + 1 rows; the extra one tells whether another page exists. */
export function toPage<T extends { id: number }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}
