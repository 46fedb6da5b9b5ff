import { describe, expect, it } from "vitest";
import { composeDigest } from "./monthly-digest.js";
import type { DependencyReport } from "./report.types.js";

const rates = { support: 0.5, avoidableService: 0.2, deflection: 0.1, learning: 0.6, repeat: 0.3, community: 0.4, link: 0.5 };
const report = (over: Partial<DependencyReport> = {}): DependencyReport => ({
  from: "2026-10-01T00:00:00.000Z",
  to: "2026-11-01T00:00:00.000Z",
  helpers: { n: 10, top20Share: 0.55, gini: 0.4, lorenz: [] },
  requesters: { n: 40, top20Share: 0.5, gini: 0.3, lorenz: [] },
  topics: [],
  rates,
  monthly: [{ month: "2026-10", requests: 100, resolutions: 90, helpersTop20Share: 0.55, requestersTop20Share: 0.5, rates }],
  ...over,
});

describe("monthly digest", () => {
  it("gives headline figures with the change from the month before, saying which way is better", () => {
    const digest = composeDigest({
      schoolName: "Riverside <School>",
      month: "2026-10",
      report: report(),
      previous: report({ helpers: { n: 8, top20Share: 0.7, gini: 0.5, lorenz: [] }, rates: { ...rates, support: 0.4 } }),
      dashboardUrl: "https://help.example/insights",
    });
    expect(digest.subject).toBe("Riverside <School>: who depends on whom in 2026-10");
    expect(digest.text).toContain("Help from the top 20% of helpers: 55% (-15 points, better)");
    expect(digest.text).toContain("Requests asking to be shown how (support share): 50% (+10 points, better)");
    expect(digest.html).toContain("Riverside &lt;School&gt;");
    expect(digest.html).not.toContain("<School>");
    expect(digest.html).toContain('href="https://help.example/insights"');
  });

  it("shows a dash, not a number, where the data can't tell", () => {
    const digest = composeDigest({ schoolName: "R", month: "2026-10", report: report({ rates: { ...rates, deflection: null } }), previous: null, dashboardUrl: "x" });
    expect(digest.text).toContain("Found the answer before asking (deflection): —");
  });
});
