import { describe, expect, it } from "vitest";
import { RequestClassifier } from "./request-classifier.js";

type Topic = { id: number; name: string; description: string };

/** Sources whose topic list can be held open, to catch a person's request waiting on a retrain. */
function fakeSource(initial: Topic[]) {
  let topics = initial;
  let hold: Promise<void> | null = null;
  let topicLists = 0;
  const source = {
    examples: { revision: async () => "0", all: async () => [] },
    topics: {
      list: async () => {
        topicLists++;
        if (hold) await hold;
        return topics;
      },
    },
    requests: { topicTrainingTexts: async () => [] },
  };
  return {
    source: source as unknown as ConstructorParameters<typeof RequestClassifier>[0],
    setTopics: (next: Topic[]) => (topics = next),
    holdTraining: () => {
      let release!: () => void;
      hold = new Promise<void>((r) => (release = r));
      return () => {
        hold = null;
        release();
      };
    },
    topicLists: () => topicLists,
  };
}

const printers = { id: 1, name: "Printers", description: "printer toner paper jam printing" };
const wifi = { id: 2, name: "Wifi", description: "wifi network wireless connection internet" };
const logins = { id: 3, name: "Logins", description: "password login account locked sign in" };

describe("RequestClassifier topic model", () => {
  it("keeps answering with the previous model while an expired one retrains in the background, once", async () => {
    let now = Date.parse("2026-01-01T08:00:00Z");
    const fake = fakeSource([printers, wifi]);
    const classifier = new RequestClassifier(fake.source, { now: () => new Date(now) });

    expect((await classifier.suggest({ title: "Printer jam", text: "the printer has a paper jam" })).topicId).toBe(1);
    expect((await classifier.suggest({ text: "password locked" })).topicId).toBeNull();

    // Past the TTL a new topic exists, but training is slow: requests are answered at once by the old model.
    now += 11 * 60 * 1000;
    fake.setTopics([printers, wifi, logins]);
    const release = fake.holdTraining();
    const during = await Promise.all([classifier.suggest({ text: "password locked" }), classifier.suggest({ text: "password locked" })]);
    expect(during.map((s) => s.topicId)).toEqual([null, null]);
    expect(fake.topicLists()).toBe(2); // the first training plus one shared retrain

    release();
    await new Promise((r) => setTimeout(r, 0));
    expect((await classifier.suggest({ text: "my password is locked, cannot sign in" })).topicId).toBe(3);
    expect(fake.topicLists()).toBe(2);
  });
});
