/**
 * Helper groups in real Chromium: a supervisor opens the Riverside Student Tech Team and reads a
 * student's portfolio (with the CSV link and a phone layout); a student who is not on the team gets
 * the not-found page for the group's address.
 */
import { describe, expect, it } from "vitest";
import { seriousViolations, useBrowserSuite } from "./support/browser-suite.js";

const TEAM = "Riverside Student Tech Team";

const suite = useBrowserSuite();
const signedIn = (email: string, viewport?: { width: number; height: number }) => suite.signedIn(email, viewport);


describe("helper groups", () => {
  let groupUrl = "";

  it("lets a supervisor open the student tech team and read a student's portfolio", async () => {
    const page = await signedIn("tech@riverside.example");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Helper groups" }).click();
    await page.getByRole("heading", { level: 1, name: "Helper groups" }).waitFor();
    await page.getByRole("link", { name: TEAM }).click();
    await page.getByRole("heading", { level: 1, name: TEAM }).waitFor();
    groupUrl = new URL(page.url()).pathname;
    expect(groupUrl).toMatch(/^\/community\/groups\/\d+$/);

    const members = page.getByRole("region", { name: "Members" });
    await expect.poll(() => members.getByText("Supervisor").count()).toBeGreaterThan(0);
    const portfolio = page.getByRole("region", { name: /^Portfolio/ });
    await portfolio.getByRole("heading", { name: /^Portfolio: / }).waitFor();
    await portfolio.getByText("Resolved", { exact: true }).first().waitFor();
    await portfolio.getByText("Hours", { exact: true }).waitFor();
    const csv = portfolio.getByRole("link", { name: "Download CSV" });
    expect(await csv.getAttribute("href")).toMatch(/^\/api\/v1\/groups\/\d+\/portfolio\.csv\?personId=\d+$/);

    // Another student's portfolio, picked from the members list.
    const students = members.getByRole("button", { name: /^Show the portfolio of / });
    expect(await students.count()).toBeGreaterThan(1);
    const second = students.nth(1);
    const name = (await second.getAttribute("aria-label"))!.replace("Show the portfolio of ", "");
    await second.click();
    await portfolio.getByRole("heading", { name: `Portfolio: ${name}` }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("shows the group page on a phone without sideways scrolling", async () => {
    const page = await signedIn("tech@riverside.example", { width: 390, height: 844 });
    await page.goto(groupUrl);
    await page.getByRole("heading", { level: 1, name: TEAM }).waitFor();
    await page.getByRole("heading", { name: /^Portfolio: / }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it("gives a student who is not on the team the not-found page", async () => {
    const page = await signedIn("student@riverside.example");
    await expect.poll(() => page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Helper groups" }).count()).toBe(0);
    await page.goto(groupUrl);
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    await expect.poll(() => page.getByRole("heading", { name: TEAM }).count()).toBe(0);
  });
});
