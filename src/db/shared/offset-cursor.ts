import { decodeNumberCursor, encodeNumberCursor } from "./cursor.js";

/**
 * Opaque offset cursors, for lists a person re-sorts (newest, urgency, …) where keyset paging would need
 * a cursor per sort order. Queues are hundreds of rows, so offsets stay cheap.
 */
export function encodeOffset(offset: number): string {
  return encodeNumberCursor("o", offset);
}

export function decodeOffset(cursor: string | undefined): number {
  return cursor ? decodeNumberCursor("o", 9, cursor) : 0;
}
