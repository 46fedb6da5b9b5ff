import { describe, expect, it } from "vitest";
import { computeEffect } from "./training-effect.js";

const DAY = 86_400_000;
const start = Date.parse("2026-06-01T10:00:00Z");
const training = { id: 7, startsAt: new Date(start).toISOString(), endsAt: new Date(start + 2 * 3_600_000).toISOString(), facilitatorId: 99 };
const end = Date.parse(training.endsAt);
const ask = (requesterId: number, at: number, topicId = 1) => ({ requesterId, topicId, createdAt: new Date(at).toISOString() });

describe("training effect figures", () => {
  it("counts attendees' and other askers' requests on the topic in the 90 days before and after", () => {
    const requests = [
      // Attendee 1: 3 before, 1 after. Attendee 2: 1 before (on the subtopic), 0 after. Attendee 3 never asked.
      ask(1, start - 10 * DAY), ask(1, start - 50 * DAY), ask(1, start - 89 * DAY), ask(1, end + 5 * DAY),
      ask(2, start - 1, 2),
      // Outside the windows or off-topic: not counted.
      ask(1, start - 91 * DAY), ask(2, end + 91 * DAY), ask(1, start + 3_600_000), ask(2, start - DAY, 3),
      // Non-attendees: 4 asked 2 before, 2 after; 5 asked once after. The facilitator is left out.
      ask(4, start - 20 * DAY), ask(4, start - 30 * DAY), ask(4, end + 10 * DAY), ask(4, end + 80 * DAY),
      ask(5, end), ask(99, start - DAY),
    ];
    const effect = computeEffect(training, [1, 2], [1, 2, 3], requests, new Date(end + 30 * DAY));
    expect(effect.attendees).toEqual({ people: 3, requestsBefore: 4, requestsAfter: 1, perPersonBefore: 1.33, perPersonAfter: 0.33, change: -1 });
    expect(effect.nonAttendees).toEqual({ people: 2, requestsBefore: 2, requestsAfter: 3, perPersonBefore: 1, perPersonAfter: 1.5, change: 0.5 });
    expect(effect.before).toEqual({ from: new Date(start - 90 * DAY).toISOString(), to: training.startsAt });
    expect(effect.after).toEqual({ from: training.endsAt, to: new Date(end + 90 * DAY).toISOString() });
    expect(effect.complete).toBe(false);
    expect(computeEffect(training, [1, 2], [1, 2, 3], requests, new Date(end + 90 * DAY)).complete).toBe(true);
  });

  it("answers zeros, not NaN, when nobody attended or asked", () => {
    const effect = computeEffect(training, [1], [], [], new Date(end));
    expect(effect.attendees).toEqual({ people: 0, requestsBefore: 0, requestsAfter: 0, perPersonBefore: 0, perPersonAfter: 0, change: 0 });
    expect(effect.nonAttendees.people).toBe(0);
  });
});
