/**
 * The insights dashboard in real Chromium: a leader opens it on the demo school, filters by campus and
 * sees the figures change; the charts render and their table views list rows; the drill-down opens.
 * A teacher gets the not-allowed page, and the API answers them 403. Every member has "My growth".
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { useBrowserSuite } from "./support/browser-suite.js";

const CHARTS = ["chart-lorenz-helpers", "chart-lorenz-requesters", "chart-trend", "chart-bus-factor"];

const suite = useBrowserSuite();
const signedIn = (email: string, viewport?: { width: number; height: number }) => suite.signedIn(email, viewport);

/** A GET from the page with the person's cookie: the status and the parsed body. */
async function get<T>(page: Page, path: string): Promise<{ status: number; data: T }> {
  return page.evaluate(async (path) => {
    const response = await fetch(`/api/v1${path}`);
    return { status: response.status, data: (await response.json().catch(() => null)) as T };
  }, path);
}

/** Every headline figure as shown, in order. */
async function headline(page: Page): Promise<string[]> {
  return page.getByTestId("metric-value").allTextContents();
}

describe("insights dashboard", () => {
  it("shows a leader the figures, which change when filtered by campus", async () => {
    const page = await signedIn("leader@riverside.example");
    await page.goto("/insights");
    await page.getByRole("heading", { name: "Insights", level: 1 }).waitFor();
    const helpersTop = page.getByTestId("metric-helpersTop20").getByTestId("metric-value");
    await helpersTop.waitFor();
    await expect.poll(async () => (await helpersTop.textContent())?.trim()).toMatch(/^\d+%$/);
    const before = await headline(page);
    expect(before).toHaveLength(11);

    const campuses = await get<{ items: { id: number; name: string }[] }>(page, "/campuses");
    expect(campuses.status).toBe(200);
    const campus = campuses.data.items.find((c) => c.name === "Riverside North") ?? campuses.data.items[0];
    expect(campus).toBeDefined();
    await page.getByTestId("filter-campus").click();
    await page.getByRole("option", { name: campus!.name }).click();
    await page.waitForURL((url) => url.searchParams.get("campus") === String(campus!.id));
    await expect.poll(async () => (await headline(page)).join("|"), { timeout: 10_000 }).not.toBe(before.join("|"));

    // The filter is in the URL: a reload keeps it.
    await page.reload();
    await expect.poll(async () => (await headline(page)).join("|"), { timeout: 10_000 }).not.toBe(before.join("|"));
    expect(await page.getByTestId("filter-campus").inputValue()).toBe(campus!.name);

    // Each chart draws with ECharts, and its table view lists rows.
    for (const chart of CHARTS) {
      const panel = page.getByTestId(chart);
      await expect.poll(() => panel.locator("[data-chart] svg, [data-chart] canvas").count()).toBeGreaterThan(0);
      expect(await panel.locator("[data-chart]").getAttribute("aria-label")).toBeTruthy();
      await panel.getByText("Table", { exact: true }).click();
      await expect.poll(() => page.getByTestId(`${chart}-table`).locator("tbody tr").count()).toBeGreaterThan(0);
    }

    // Drill-down: who carries the load.
    await page.getByRole("button", { name: "Who carries the load" }).click();
    await expect.poll(() => page.getByTestId("load-list").locator("li").count()).toBeGreaterThan(0);
    const drill = await get<{ items: { label: string; share: number }[] }>(page, `/insights/helpers?campus=${campus!.id}`);
    expect(drill.status).toBe(200);
    expect(drill.data.items.length).toBeGreaterThan(0);
    // The list a leader sees is that answer: its first helper is on it.
    await page.getByTestId("load-list").getByText(drill.data.items[0]!.label, { exact: false }).first().waitFor();
  });

  it("fits a phone without sideways scrolling", async () => {
    const page = await signedIn("leader@riverside.example", { width: 390, height: 844 });
    await page.goto("/insights");
    await page.getByTestId("chart-trend").locator("[data-chart] svg").first().waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
  });

  it("keeps the dashboard from a teacher, in the app and in the API", async () => {
    const page = await signedIn("teacher@riverside.example");
    await page.goto("/insights");
    await page.getByRole("heading", { name: "Not available to you" }).waitFor();
    expect((await get(page, "/insights/dependency")).status).toBe(403);
    expect((await get(page, "/insights/helpers")).status).toBe(403);

    // Their own growth is theirs to see.
    expect((await get(page, "/me/growth")).status).toBe(200);
    await page.goto("/me/growth");
    await page.getByRole("heading", { name: "My growth", level: 1 }).waitFor();
  });
});
