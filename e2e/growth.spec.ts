/**
 * Growth in real Chromium: tech schedules a one-place training, teacher and helper enrol (the second
 * waits), the first gives up the place and the second moves up; attendance raises the attendee's skill
 * (the API only takes attendance once a training has started and forbids moving a start into the past,
 * so that part uses a second training created a few seconds ahead); a teacher proposes an idea,
 * invites a suggested mentor, moves it to shipped and finds it in the gallery.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { DEMO_PASSWORD, useBrowserSuite } from "./support/browser-suite.js";

const TECH = "tech@riverside.example";
const TEACHER = "teacher@riverside.example";
const HELPER = "helper@riverside.example";

const suite = useBrowserSuite();
const signedIn = (email: string, viewport?: { width: number; height: number }) => suite.signedIn(email, viewport);

/** Signs in through the API; the client then sends the session cookie and CSRF token. */
async function apiAs(email: string) {
  const signIn = await fetch(`${suite.server.url}/api/v1/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers.getSetCookie().map((header) => header.split(";")[0]).join("; ");
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  return async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; data: T }> => {
    const response = await fetch(`${suite.server.url}/api/v1${path}`, {
      method,
      headers: { Cookie: cookie, "X-CSRF-Token": csrfToken, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, data: (await response.json().catch(() => undefined)) as T };
  };
}

interface Topic {
  id: number;
  name: string;
  parentId: number | null;
  archived: boolean;
}

/** A Mantine Select or MultiSelect by its label (a textbox or a combobox, depending on the input). */
function field(scope: Page | ReturnType<Page["getByRole"]>, label: string) {
  return scope.getByRole("textbox", { name: label }).or(scope.getByRole("combobox", { name: label })).first();
}

/** "Parent › Child", as the web app shows a topic. */
function pathOf(topic: Topic, all: Topic[]): string {
  const parent = topic.parentId === null ? undefined : all.find((t) => t.id === topic.parentId);
  return parent ? `${pathOf(parent, all)} › ${topic.name}` : topic.name;
}

describe("growth", () => {
  it("fills a one-place training from the wait list when someone gives up their place", async () => {
    const tech = await signedIn(TECH);
    await tech.goto("/growth");
    await tech.getByRole("link", { name: "Trainings" }).click();
    await tech.getByRole("heading", { level: 1, name: "Trainings" }).waitFor();
    await tech.getByRole("button", { name: "Schedule a training" }).click();
    const dialog = tech.getByRole("dialog", { name: "Schedule a training" });
    await field(dialog, "Topic").click();
    await tech.getByRole("option").first().click();
    await dialog.getByRole("textbox", { name: "Title" }).fill("Wait list workshop");
    await dialog.getByRole("textbox", { name: "Places" }).fill("1");
    await dialog.getByRole("textbox", { name: "Place", exact: true }).fill("Library");
    await dialog.getByRole("button", { name: "Schedule" }).click();
    await tech.waitForURL(/\/growth\/trainings\/\d+$/);
    await tech.getByRole("heading", { level: 1, name: "Wait list workshop" }).waitFor();
    const trainingUrl = new URL(tech.url()).pathname;

    const teacher = await signedIn(TEACHER);
    await teacher.goto(trainingUrl);
    await teacher.getByRole("button", { name: "Enrol" }).click();
    await teacher.getByText("You're enrolled").waitFor();

    const helper = await signedIn(HELPER);
    await helper.goto(trainingUrl);
    await helper.getByTestId("training-capacity").filter({ hasText: "1 of 1" }).waitFor();
    await helper.getByRole("button", { name: "Join wait list" }).click();
    await helper.getByText("You're on the wait list").waitFor();
    expect(await helper.getByTestId("training-capacity").textContent()).toContain("1 waiting");

    await teacher.getByRole("button", { name: "Cancel my place" }).click();
    // The helper took the freed place, so the training is full again.
    await teacher.getByRole("button", { name: "Join wait list" }).waitFor();
    await helper.reload();
    await helper.getByText("You're enrolled").waitFor();

    await tech.reload();
    const enrolments = tech.getByRole("region", { name: "Enrolments" });
    await enrolments.getByText("Daniel Mensah").waitFor();
    expect(await enrolments.getByText("Priya Raman").count()).toBe(0);
  });

  it("raises an attendee's skill when the facilitator takes attendance", async () => {
    const techApi = await apiAs(TECH);
    const helperApi = await apiAs(HELPER);
    const topics = (await techApi<{ items: Topic[] }>("GET", "/topics?limit=200")).data.items.filter((t) => !t.archived);
    const skills = (await helperApi<{ skills: { topicId: number }[] }>("GET", "/me/profile")).data.skills.map((s) => s.topicId);
    const topic = topics.find((t) => t.parentId !== null && !skills.includes(t.id) && !skills.includes(t.parentId))!;
    expect(topic).toBeTruthy();
    const path = pathOf(topic, topics);

    // Attendance needs a started training, and a start can't be moved into the past: start in a few seconds.
    const startsAt = new Date(Date.now() + 6000).toISOString();
    const created = await techApi<{ id: number }>("POST", "/trainings", { topicId: topic.id, title: "Attendance workshop", startsAt, durationMinutes: 30, place: "Room 4", capacity: 5 });
    expect(created.status).toBe(201);
    expect((await helperApi("POST", `/trainings/${created.data.id}/enrolments`)).status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(startsAt) - Date.now()) + 500));

    const tech = await signedIn(TECH);
    await tech.goto(`/growth/trainings/${created.data.id}`);
    const enrolments = tech.getByRole("region", { name: "Enrolments" });
    await enrolments.getByRole("checkbox", { name: "Daniel Mensah" }).check();
    await enrolments.getByRole("button", { name: "Save attendance" }).click();
    await enrolments.getByText("Attendance saved.").waitFor();

    const helper = await signedIn(HELPER);
    await helper.goto("/community/me");
    await field(helper, `Level for ${path}`).waitFor();
  });

  it("takes an idea from proposed to shipped with a mentor, into the gallery", async () => {
    const teacher = await signedIn(TEACHER);
    await teacher.goto("/growth/ideas");
    await teacher.getByRole("button", { name: "Propose an idea" }).click();
    const dialog = teacher.getByRole("dialog", { name: "Propose an idea" });
    await dialog.getByRole("textbox", { name: "Title" }).fill("My class makes podcasts");
    await dialog.getByRole("textbox", { name: "Pitch" }).fill("Students record a weekly episode about what they learned.");
    await dialog.getByRole("textbox", { name: "Goals for learners" }).fill("Speaking, recording and editing.");
    await dialog.getByRole("checkbox", { name: "Mentoring" }).check();
    await field(dialog, "Topics").click();
    await teacher.getByRole("option").first().click();
    await teacher.keyboard.press("Escape");
    await dialog.getByRole("button", { name: "Propose" }).click();
    await teacher.waitForURL(/\/growth\/ideas\/\d+$/);
    await teacher.getByRole("heading", { level: 1, name: "My class makes podcasts" }).waitFor();

    const mentors = teacher.getByRole("region", { name: "Mentors" });
    const suggested = mentors.getByTestId("suggested-mentor").first();
    await suggested.waitFor();
    const mentorName = (await suggested.locator("p").first().textContent())!.trim();
    await suggested.getByRole("button", { name: "Invite" }).click();
    await mentors.getByTestId("idea-mentor").filter({ hasText: mentorName }).waitFor();
    const ideaUrl = teacher.url();

    // An invited mentor hears about it: the bell names the idea and opens it.
    const asMentor = await apiAs(HELPER);
    const { data: me } = await asMentor<{ id: number }>("GET", "/me");
    const asOwner = await apiAs(TEACHER);
    expect((await asOwner("POST", `${new URL(ideaUrl).pathname.replace("/growth", "")}/mentors/${me.id}`)).status).toBe(200);
    await expect
      .poll(async () => (await asMentor<{ items: { type: string; ideaTitle: string | null }[] }>("GET", "/notifications")).data.items.some((n) => n.type === "idea_mentor_added" && n.ideaTitle === "My class makes podcasts"), { timeout: 15_000 })
      .toBe(true);
    const mentor = await signedIn(HELPER);
    await mentor.getByRole("button", { name: /^Notifications/ }).click();
    await mentor.getByText("added you as a mentor on: My class makes podcasts").click();
    await mentor.waitForURL(ideaUrl);

    for (const status of ["Supported", "In progress", "Shipped"]) {
      await teacher.getByRole("button", { name: `Move to “${status}”` }).click();
      await teacher.getByText(status, { exact: true }).first().waitFor();
    }
    await teacher.getByRole("button", { name: /Move to/ }).waitFor({ state: "detached" });

    await teacher.goto("/growth/ideas");
    await teacher.getByText("Gallery", { exact: true }).click();
    const card = teacher.getByTestId("idea-card").filter({ hasText: "My class makes podcasts" });
    await card.waitFor();
    await card.getByRole("button", { name: "Use as a starting point" }).waitFor();
  });
});
