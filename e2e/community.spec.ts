/**
 * The community journey in real Chromium: a helper declares a skill, a teacher asks the community,
 * the helper answers from the Community feed, the teacher accepts the answer, and the request and the
 * helper's directory card show the credit. Plus suggested helpers for tech and the pages on a phone.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { seriousViolations, useBrowserSuite } from "./support/browser-suite.js";

const TITLE = "How do I share one slide deck with two classes?";
const ANSWER = "Post it as material in the first class, then use Reuse post in the second class.";

const suite = useBrowserSuite();

interface Topic {
  id: number;
  name: string;
  parentId: number | null;
}

/** A person signed in in their own browser context; returns the page and their id and name. */
async function signedIn(email: string, viewport?: { width: number; height: number }): Promise<{ page: Page; id: number; name: string }> {
  const page = await suite.signedIn(email, viewport);
  const me = await call<{ id: number; name: string }>(page, "GET", "/me");
  return { page, id: me.id, name: me.name };
}

/** Calls the API from the page, as the signed-in person (with their CSRF token for writes). */
async function call<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  const result = await page.evaluate(
    async ({ method, path, body }) => {
      const me = (await fetch("/api/v1/me").then((response) => response.json())) as { csrfToken: string | null };
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { "Content-Type": "application/json", ...(me.csrfToken ? { "X-CSRF-Token": me.csrfToken } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, data: (await response.json().catch(() => null)) as unknown };
    },
    { method, path, body },
  );
  if (result.status >= 400) throw new Error(`${method} ${path} answered ${result.status}: ${JSON.stringify(result.data)}`);
  return result.data as T;
}

/** Serious and critical axe violations, summarised so a failure says what is wrong where. */

/** The "Google Classroom › Assignments" topic (a learnable one the demo helper knows). */
async function assignmentsTopic(page: Page): Promise<{ id: number; path: string }> {
  const topics = await call<{ items: Topic[] }>(page, "GET", "/topics?limit=200");
  const parent = topics.items.find((topic) => topic.name === "Google Classroom" && topic.parentId === null);
  const topic = topics.items.find((candidate) => candidate.name === "Assignments" && candidate.parentId === parent?.id) ?? parent;
  if (!topic) throw new Error("The demo seed has no Google Classroom topic");
  return { id: topic.id, path: topic === parent ? topic.name : `Google Classroom › ${topic.name}` };
}

describe("a community question from asking to credit", () => {
  it("is answered by a helper from the feed, accepted by the teacher, and credited to the helper", async () => {
    const helper = await signedIn("helper@riverside.example");
    const topic = await assignmentsTopic(helper.page);
    await call(helper.page, "PUT", `/me/skills/${topic.id}`, { level: "practitioner" });

    const teacher = await signedIn("teacher@riverside.example");
    const request = await call<{ id: number; community: boolean }>(teacher.page, "POST", "/requests", {
      title: TITLE,
      description: "Both Year 9 classes need the same deck for Monday.",
      topicId: topic.id,
      mode: "guide",
      tried: "",
      urgency: "normal",
      campusId: null,
      device: null,
      community: true,
    });
    expect(request.community).toBe(true);

    // The helper finds it in the Community feed and answers in place.
    await helper.page.goto("/community");
    await helper.page.getByRole("heading", { level: 1, name: "Community" }).waitFor();
    const card = helper.page.getByRole("article").filter({ has: helper.page.getByRole("link", { name: TITLE }) });
    await card.waitFor();
    expect(await card.textContent()).toContain("0 answers");
    await card.getByRole("button", { name: "Answer" }).click();
    await card.getByRole("textbox", { name: "Your answer" }).fill(ANSWER);
    await card.getByRole("button", { name: "Send answer" }).click();
    await card.getByRole("status").filter({ hasText: "your answer was sent" }).waitFor();
    expect(await seriousViolations(helper.page)).toEqual([]);

    // The teacher accepts it on the request page.
    await teacher.page.goto(`/requests/${request.id}`);
    await teacher.page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await teacher.page.getByText("Community question").first().waitFor();
    await teacher.page.getByRole("button", { name: "Accept this answer" }).click();
    await teacher.page.getByText("Accepted answer").waitFor();
    await teacher.page.getByText("Resolved as Guided").waitFor();
    await teacher.page.getByText(`accepted the answer from ${helper.name}`).waitFor();
    expect(await teacher.page.getByRole("button", { name: "Accept this answer" }).count()).toBe(0);
    const resolved = await call<{ status: string; resolutionKind: string; resolverId: number; acceptedMessageId: number | null }>(teacher.page, "GET", `/requests/${request.id}`);
    expect(resolved).toMatchObject({ status: "resolved", resolutionKind: "guided", resolverId: helper.id });
    expect(resolved.acceptedMessageId).not.toBeNull();

    // The helper's directory card shows the topic under "Helped with", and the feed no longer lists the question.
    await teacher.page.goto("/community?tab=people");
    await teacher.page.getByRole("textbox", { name: "Name" }).fill(helper.name);
    const person = teacher.page.locator(`[data-person="${helper.id}"]`);
    await person.waitFor();
    await expect.poll(() => person.locator("[data-helped]").textContent()).toContain(topic.path);
    expect(await seriousViolations(teacher.page)).toEqual([]);

    await helper.page.goto("/community");
    await helper.page.getByRole("heading", { level: 1, name: "Community" }).waitFor();
    await helper.page.waitForLoadState("networkidle");
    expect(await helper.page.getByRole("link", { name: TITLE }).count()).toBe(0);

    // And the helper's own page lists the skill.
    await helper.page.goto("/community/me");
    await helper.page.getByRole("heading", { level: 1, name: "My skills & availability" }).waitFor();
    await helper.page.locator(`[data-skill="${topic.id}"]`).waitFor();
    expect(await seriousViolations(helper.page)).toEqual([]);
  });

  it("shows tech the suggested helpers for a request, and assigns one in a click", async () => {
    const teacher = await signedIn("teacher@riverside.example");
    const topic = await assignmentsTopic(teacher.page);
    const request = await call<{ id: number }>(teacher.page, "POST", "/requests", {
      title: "Grading a late assignment",
      description: "How do I grade work handed in after the due date?",
      topicId: topic.id,
      mode: "guide",
      tried: "",
      urgency: "normal",
      campusId: null,
      device: null,
    });
    const tech = await signedIn("tech@riverside.example");
    await tech.page.goto(`/requests/${request.id}`);
    const panel = tech.page.getByRole("region", { name: "Suggested helpers" });
    await panel.waitFor();
    const first = panel.getByRole("listitem").first();
    await first.waitFor();
    const name = await first.locator("p").first().textContent();
    expect(name).toBeTruthy();
    expect(await panel.getByRole("progressbar").count()).toBeGreaterThan(0);
    await first.getByRole("button", { name: `Assign ${name}` }).click();
    await panel.getByRole("status").filter({ hasText: `Assigned to ${name}` }).waitFor();
    const assigned = await call<{ assigneeName: string }>(tech.page, "GET", `/requests/${request.id}`);
    expect(assigned.assigneeName).toBe(name);
    expect(await seriousViolations(tech.page)).toEqual([]);
  });

  it("fits a phone", async () => {
    const teacher = await signedIn("teacher@riverside.example", { width: 390, height: 844 });
    for (const path of ["/community", "/community?tab=people", "/community/me"]) {
      await teacher.page.goto(path);
      await teacher.page.getByRole("heading", { level: 1 }).waitFor();
      await teacher.page.waitForLoadState("networkidle");
      const overflow = await teacher.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
