/**
 * DESIGN's repeat rate: a request is a repeat when its requester made another request on the same topic
 * in the previous `windowDays` days. Exports come in any order (osTicket's newest first), so the
 * creation times of each requester-and-topic pair are kept and judged once at the end, sorted: this is
 * the one part of the report whose memory grows with rows (one number per request, about 8 MB a million).
 */
export interface RepeatTracker {
  add(requester: string, topic: string, created: number): void;
  /** Calls `onRequest` once per request created in `[from, to)`, saying whether it was a repeat. */
  judge(from: number, to: number, onRequest: (created: number, repeat: boolean) => void): void;
}

export function createRepeatTracker(windowDays: number): RepeatTracker {
  const windowMs = windowDays * 24 * 60 * 60 * 1000;
  const times = new Map<string, number[]>();
  return {
    add(requester, topic, created) {
      // NUL cannot occur in a name read from CSV or the database, so the key is unambiguous.
      const key = `${requester}\u0000${topic}`;
      const list = times.get(key);
      if (list) list.push(created);
      else times.set(key, [created]);
    },
    judge(from, to, onRequest) {
      for (const list of times.values()) {
        list.sort((a, b) => a - b);
        list.forEach((created, index) => {
          if (created < from || created >= to) return;
          const previous = index > 0 ? list[index - 1] : undefined;
          onRequest(created, previous !== undefined && created - previous <= windowMs);
        });
      }
    },
  };
}
