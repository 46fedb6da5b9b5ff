import { describe, expect, it } from "vitest";
import { knowledgeRates } from "./knowledge-stats.js";

const counts = { resolvedRequests: 40, linkedResolvedRequests: 10, deflections: 5, requestsSubmitted: 45, articlesByState: {} };

describe("knowledge rates", () => {
  it("computes link rate over resolved requests and deflection rate over sessions", () => {
    expect(knowledgeRates(counts)).toEqual({ linkRate: 0.25, deflectionRate: 0.1 });
  });

  it("answers null, not zero or NaN, for an empty window", () => {
    expect(knowledgeRates({ ...counts, resolvedRequests: 0, linkedResolvedRequests: 0, deflections: 0, requestsSubmitted: 0 })).toEqual({ linkRate: null, deflectionRate: null });
  });
});
