/**
 * The requests journey in real Chromium, one browser context per person: a teacher asks to be shown
 * how, tech assigns a helper from the queue, the helper replies and resolves it as guided, and the
 * teacher says they could do it themselves next time. Plus the ask form on a phone.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { seriousViolations, useBrowserSuite } from "./support/browser-suite.js";

const TITLE = "How do I schedule assignments in Google Classroom?";
const REPLY = "Open the assignment, choose the arrow next to Assign, then Schedule.\nPick the date and you're done.";

/** A 1×1 PNG (the server checks the bytes, not just the type). */
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

const suite = useBrowserSuite();

/** A person signed in in their own browser context; returns the page and their name. */
async function signedIn(email: string, viewport?: { width: number; height: number }): Promise<{ page: Page; name: string }> {
  const page = await suite.signedIn(email, viewport);
  const me = (await page.evaluate(() => fetch("/api/v1/me").then((response) => response.json()))) as { name: string };
  return { page, name: me.name };
}


/** Picks an option in a Mantine Select, typing to search first. */
async function choose(page: Page, label: string, search: string, option: string): Promise<void> {
  const input = page.getByRole("textbox", { name: label }).or(page.getByRole("combobox", { name: label })).first();
  await input.click();
  await input.fill(search);
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Fills and sends the ask form; returns the new request's id. */
async function askForGuidance(page: Page): Promise<number> {
  await page.getByRole("link", { name: "Ask for help" }).first().click();
  await page.getByRole("heading", { level: 1, name: "Ask for help" }).waitFor();
  await page.getByRole("textbox", { name: "What do you need help with?" }).fill(TITLE);
  await page.getByRole("textbox", { name: "Details" }).fill("I want my quiz to appear on Monday at 8:00 without me being there.");
  const proposal = page.getByRole("status").filter({ hasText: "Sounds like you'd like to learn how" });
  await proposal.waitFor();
  expect(await proposal.textContent()).toContain("because of");
  await page.getByRole("radio", { name: /^Show me how/ }).click();
  await choose(page, "Topic", "Assignments", "Google Classroom › Assignments");
  await page.getByRole("button", { name: "Send my request" }).click();
  await page.waitForURL(/\/requests\/\d+$/);
  return Number(new URL(page.url()).pathname.split("/").pop());
}

describe("a request from asking to learning", () => {
  it("goes from the teacher to tech to a helper and back, and the timeline tells the story", async () => {
    const teacher = await signedIn("teacher@riverside.example");
    const id = await askForGuidance(teacher.page);
    await teacher.page.getByRole("heading", { level: 1, name: TITLE }).waitFor();

    const tech = await signedIn("tech@riverside.example");
    const helper = await signedIn("helper@riverside.example");
    await tech.page.getByRole("navigation").getByRole("link", { name: "Queue" }).click();
    await tech.page.getByRole("heading", { level: 1, name: "Queue" }).waitFor();
    await tech.page.getByRole("table").getByRole("link", { name: TITLE }).click();
    await tech.page.waitForURL(`${suite.server.url}/requests/${id}`);
    await choose(tech.page, "Assign to", helper.name.split(" ")[0]!, helper.name);
    await tech.page.getByText(`${tech.name} assigned ${helper.name}`).waitFor();

    await helper.page.goto(`/requests/${id}`);
    await helper.page.getByRole("textbox", { name: "Reply" }).fill(REPLY);
    await helper.page.getByRole("button", { name: "Send reply" }).click();
    // The timeline, not the reply box: the box may still hold the text for a moment after sending.
    await helper.page.getByRole("region", { name: "Timeline" }).getByText("Pick the date and you're done.", { exact: false }).waitFor();
    await helper.page.getByRole("button", { name: "Resolve", exact: true }).click();
    const dialog = helper.page.getByRole("dialog", { name: `Resolve request #${id}` });
    await dialog.getByRole("radio", { name: /^Guided/ }).click();
    await dialog.getByRole("button", { name: "Resolve", exact: true }).click();
    await dialog.waitFor({ state: "detached" });
    await helper.page.getByText("Resolved as Guided").waitFor();

    await teacher.page.goto(`/requests/${id}`);
    const feedback = teacher.page.getByRole("region", { name: "Could you do this yourself next time?" });
    await feedback.getByText("Yes", { exact: true }).click();
    await feedback.getByRole("button", { name: "Send answer" }).click();
    await feedback.getByText("Thank you! You answered: Yes.").waitFor();

    const timeline = teacher.page.getByRole("region", { name: "Timeline" });
    await timeline.getByText("answered “Could you do this yourself next time?”: Yes").waitFor();
    const text = (await timeline.textContent()) ?? "";
    const story = [
      `${teacher.name} asked for help (Show me how)`,
      `${tech.name} assigned ${helper.name}`,
      "Open the assignment, choose the arrow next to Assign, then Schedule.",
      "Resolved as Guided",
      `${teacher.name} answered “Could you do this yourself next time?”: Yes`,
    ];
    for (const line of story) expect(text).toContain(line);
    const positions = story.map((line) => text.indexOf(line));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // Line breaks in a reply are kept.
    expect(await timeline.getByText("Pick the date").evaluate((node) => getComputedStyle(node).whiteSpace)).toBe("pre-wrap");
    expect(await seriousViolations(teacher.page)).toEqual([]);
  });
});

describe("asking for help on a phone", () => {
  it("fits the screen and sends a request", async () => {
    const { page } = await signedIn("teacher@riverside.example", { width: 390, height: 844 });
    await page.goto("/requests/new");
    await page.getByRole("heading", { level: 1, name: "Ask for help" }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const card = page.getByRole("radio", { name: /^Please do it for me/ });
    const box = await card.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("textbox", { name: "What do you need help with?" }).fill("The projector in room 12 shows no picture");
    await card.click();
    await choose(page, "Topic", "Connecting", "Projectors & displays › Connecting a laptop");
    await page.getByRole("status").filter({ hasText: "Want to learn it instead?" }).waitFor();
    await page.getByRole("button", { name: "Send my request" }).click();
    await page.waitForURL(/\/requests\/\d+$/);
    await page.getByRole("heading", { level: 1, name: "The projector in room 12 shows no picture" }).waitFor();

    // A screenshot added afterwards (multipart, with the CSRF token) shows up as a link on the request.
    const attachments = page.getByRole("region", { name: "Attachments" });
    await attachments.getByText("No files attached.").waitFor();
    await attachments.locator("input[type=file]").setInputFiles({ name: "projector.png", mimeType: "image/png", buffer: Buffer.from(PNG, "base64") });
    await attachments.getByRole("button", { name: "Upload" }).click();
    const link = attachments.getByRole("link", { name: "projector.png" });
    await link.waitFor();
    expect(await link.getAttribute("href")).toMatch(/^\/api\/v1\/requests\/\d+\/attachments\/\d+$/);
    expect(await attachments.getByRole("alert").count()).toBe(0);
  });
});
