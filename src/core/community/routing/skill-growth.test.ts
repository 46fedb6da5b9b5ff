import { describe, expect, it } from "vitest";
import { nextLevel, SKILL_GROWTH_RULES } from "./skill-growth.js";

const evidence = (guidedYes: number, trainingsSinceLevel = 0) => ({ guidedYes, trainingsSinceLevel });

describe("skill growth from the record", () => {
  it("raises a learner to practitioner after 3 guided resolutions the requester could repeat", () => {
    expect(nextLevel("learning", evidence(2))).toBeNull();
    expect(nextLevel("learning", evidence(3))).toEqual({ level: "practitioner", because: "guided 3 people who could then do it themselves" });
  });

  it("raises a practitioner to mentor after 10 in all, never by training alone", () => {
    expect(nextLevel("practitioner", evidence(9, 4))).toBeNull();
    expect(nextLevel("practitioner", evidence(10))).toEqual({ level: "mentor", because: "guided 10 people who could then do it themselves" });
    expect(nextLevel("mentor", evidence(50, 5))).toBeNull();
  });

  it("lets a training start a skill or raise learning to practitioner", () => {
    expect(nextLevel("none", evidence(0))).toBeNull();
    expect(nextLevel("none", evidence(0, 1))).toEqual({ level: "learning", because: "attended a training on the topic" });
    expect(nextLevel("learning", evidence(1, 2))).toEqual({ level: "practitioner", because: "attended 2 trainings on the topic" });
  });

  it("moves one level at a time, so a long record is applied step by step", () => {
    const first = nextLevel("learning", evidence(12));
    expect(first?.level).toBe("practitioner");
    expect(nextLevel(first!.level, evidence(12))?.level).toBe("mentor");
  });

  it("describes the same thresholds it applies, for people to read", () => {
    expect(SKILL_GROWTH_RULES.join(" ")).toMatch(/Guiding 3 people/);
    expect(SKILL_GROWTH_RULES.join(" ")).toMatch(/Guiding 10 such people/);
  });
});
