/**
 * The knowledge base in real Chromium: suggestions while asking that end in "This solved it" (a
 * deflection, no request) or "I still need help" (the request remembers what was read), article
 * bodies that never run injected script, and students who never see staff or tech articles.
 * Each test writes the articles it needs through the API as tech.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { XSS_PAYLOADS } from "../src/platform/xss-payloads.fixture.js";
import { DEMO_PASSWORD, useBrowserSuite } from "./support/browser-suite.js";

const suite = useBrowserSuite();

interface Article {
  id: number;
  title: string;
  helpedCount: number;
}

type ApiClient = Awaited<ReturnType<typeof signInToApi>>;
const clients = new Map<string, Promise<ApiClient>>();

/** The API as one person, signed in once per test run. */
function apiAs(email: string): Promise<ApiClient> {
  if (!clients.has(email)) clients.set(email, signInToApi(email));
  return clients.get(email)!;
}

/** Signs in through the API; the client then sends the session cookie and CSRF token. */
async function signInToApi(email: string) {
  const signIn = await fetch(`${suite.server.url}/api/v1/session`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers.getSetCookie().map((header) => header.split(";")[0]).join("; ");
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<{ status: number; data: T }> => {
    const response = await fetch(`${suite.server.url}/api/v1${path}`, {
      method,
      headers: { Cookie: cookie, "X-CSRF-Token": csrfToken, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, data: (await response.json().catch(() => undefined)) as T };
  };
  return {
    get: <T>(path: string) => call<T>("GET", path),
    post: <T>(path: string, body: unknown) => call<T>("POST", path, body),
  };
}

/** Writes an article as tech, validated unless told otherwise. */
async function writeArticle(input: { title: string; body: string; audience?: "everyone" | "staff" | "tech"; state?: string }): Promise<Article> {
  const tech = await apiAs("tech@riverside.example");
  const { status, data } = await tech.post<Article>("/articles", { audience: "everyone", state: "validated", ...input });
  expect(status, JSON.stringify(data)).toBe(201);
  return data;
}

/** A person signed in in their own browser context. */
const signedIn = (email: string, viewport?: { width: number; height: number }) => suite.signedIn(email, viewport);

/** Picks an option in a Mantine Select, typing to search first. */
async function choose(page: Page, label: string, search: string, option: string): Promise<void> {
  const input = page.getByRole("textbox", { name: label }).or(page.getByRole("combobox", { name: label })).first();
  await input.click();
  await input.fill(search);
  await page.getByRole("option", { name: option, exact: true }).click();
}

/** Types into the ask form and opens the suggested article with that title. */
async function openSuggestion(page: Page, title: string, typed: { title: string; details: string }): Promise<void> {
  await page.goto("/requests/new");
  await page.getByRole("heading", { level: 1, name: "Ask for help" }).waitFor();
  await page.getByRole("textbox", { name: "What do you need help with?" }).pressSequentially(typed.title, { delay: 15 });
  await page.getByRole("textbox", { name: "Details" }).fill(typed.details);
  const panel = page.getByRole("region", { name: "Maybe this helps" });
  await panel.getByRole("button", { name: `Read “${title}”` }).click();
  await page.getByRole("dialog", { name: title }).waitFor();
}

describe("suggestions while asking", () => {
  it("ends with “This solved it”: a deflection is recorded and no request is created", async () => {
    const article = await writeArticle({
      title: "Quillotron projector shows no picture",
      body: "1. Check the **HDMI** cable.\n2. Press *Source* on the remote until your screen appears.",
    });
    const teacher = await apiAs("teacher@riverside.example");
    const mine = async () => (await teacher.get<{ items: unknown[] }>("/requests?mine=true&limit=200")).data.items.length;
    const before = await mine();

    const page = await signedIn("teacher@riverside.example");
    await openSuggestion(page, article.title, { title: "The Quillotron projector", details: "It shows no picture at all" });
    const drawer = page.getByRole("dialog");
    await drawer.getByText("Press Source on the remote", { exact: false }).waitFor();
    await drawer.getByRole("button", { name: "This solved it" }).click();
    await page.getByText("Glad it helped!").waitFor();
    await page.getByText("Nothing was sent to the tech team.").waitFor();

    expect(await mine()).toBe(before);
    const after = await teacher.get<Article>(`/articles/${article.id}`);
    expect(after.data.helpedCount).toBe(article.helpedCount + 1);
  });

  it("keeps everything on “I still need help”, and the request shows the article read before asking", async () => {
    const article = await writeArticle({
      title: "Wobblefrost printer jams on double-sided copies",
      body: "Open tray 2, remove the torn sheet, and print single-sided until the roller is replaced.",
    });
    const page = await signedIn("leader@riverside.example");
    const typed = { title: "Wobblefrost printer jams", details: "Double-sided copies jam every time in the staff room." };
    await openSuggestion(page, article.title, typed);
    await page.getByRole("dialog").getByRole("button", { name: "I still need help" }).click();
    await page.getByRole("dialog").waitFor({ state: "detached" });

    expect(await page.getByRole("textbox", { name: "What do you need help with?" }).inputValue()).toBe(typed.title);
    expect(await page.getByRole("textbox", { name: "Details" }).inputValue()).toBe(typed.details);
    await page.getByRole("radio", { name: /^Please do it for me/ }).click();
    await choose(page, "Topic", "Printing", "Printing");
    await page.getByRole("button", { name: "Send my request" }).click();
    await page.waitForURL(/\/requests\/\d+$/);

    const related = page.getByRole("region", { name: "Related articles" });
    await related.getByRole("link", { name: article.title }).waitFor();
    await related.getByText("Read before asking").waitFor();
  });
});

describe("suggestions by meaning", () => {
  it("offers an article that shares no word with what the teacher types", async () => {
    const page = await signedIn("teacher@riverside.example");
    await page.goto("/requests/new");
    await page.getByRole("heading", { level: 1, name: "Ask for help" }).waitFor();
    // No article of the demo school says "beamer", "stays" or "dark"; the projector checklist means it.
    await page.getByRole("textbox", { name: "What do you need help with?" }).pressSequentially("The beamer stays dark", { delay: 15 });
    const panel = page.getByRole("region", { name: "Maybe this helps" });
    await panel.getByRole("button", { name: "Read “Projector says \"No signal\": a two-minute checklist”" }).waitFor();
  });
});

describe("article bodies", () => {
  it("never run injected script, on the article page or in the editor preview", async () => {
    const articles: Article[] = [];
    for (const [index, body] of XSS_PAYLOADS.entries()) articles.push(await writeArticle({ title: `Filter evasion ${index + 1}`, body }));

    const page = await signedIn("tech@riverside.example");
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const unsafe = () =>
      page.evaluate(() =>
        [...document.querySelectorAll("main *")].flatMap((node) =>
          [...node.attributes]
            .filter((attr) => /^on/i.test(attr.name) || /^\s*(javascript|vbscript|data):/i.test(attr.value))
            .map((attr) => `<${node.tagName.toLowerCase()} ${attr.name}="${attr.value}">`),
        ),
      );

    for (const article of articles) {
      await page.goto(`/knowledge/${article.id}`);
      await page.getByRole("heading", { level: 1, name: article.title }).waitFor();
      await page.getByRole("heading", { name: "About this article" }).waitFor();
      expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), article.title).toBeUndefined();
      expect(await unsafe(), article.title).toEqual([]);
    }

    await page.goto("/knowledge/new");
    await page.getByRole("heading", { level: 1, name: "Write an article" }).waitFor();
    for (const payload of XSS_PAYLOADS) {
      await page.getByRole("tab", { name: "Write" }).click();
      await page.getByRole("textbox", { name: "Article" }).fill(payload);
      const rendered = page.waitForResponse((response) => response.url().endsWith("/api/v1/articles/preview"));
      await page.getByRole("tab", { name: "Preview" }).click();
      await rendered;
      await page.waitForFunction(() => !document.querySelector("[aria-busy=true]"));
      expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss), payload).toBeUndefined();
      expect(await unsafe(), payload).toEqual([]);
    }
    expect(dialogs).toEqual([]);
  });
});

describe("a student", () => {
  it("never finds staff or tech articles, and opening one by its address shows “not found”", async () => {
    const open = await writeArticle({ title: "Pomegranix quiz: joining as a student", body: "Type the Pomegranix code your teacher shows." });
    const staff = await writeArticle({ title: "Pomegranix quiz: setting one up", body: "Staff create the Pomegranix quiz in the admin view.", audience: "staff" });
    const tech = await writeArticle({ title: "Pomegranix licence server", body: "Renew the Pomegranix licence on the server.", audience: "tech" });

    const page = await signedIn("student@riverside.example");
    await page.goto("/knowledge");
    await page.getByRole("searchbox", { name: "Search articles" }).pressSequentially("Pomegran", { delay: 20 });
    const results = page.getByRole("list", { name: "Results for “Pomegran”" });
    await results.getByRole("link", { name: open.title }).waitFor();
    const text = (await results.textContent()) ?? "";
    expect(text).not.toContain(staff.title);
    expect(text).not.toContain(tech.title);

    // The header search answers from the same rules.
    await page.locator("header input[aria-label='Search answers']").fill("Pomegranix");
    await page.getByRole("option").filter({ hasText: open.title }).waitFor();
    const options = await page.getByRole("option").allTextContents();
    expect(options.join("\n")).not.toContain("setting one up");
    expect(options.join("\n")).not.toContain("licence");

    // Browsing lists only what students may read.
    await page.goto("/knowledge");
    await page.getByRole("link", { name: open.title }).waitFor();
    expect(await page.getByRole("link", { name: staff.title }).count()).toBe(0);

    for (const hidden of [staff, tech]) {
      await page.goto(`/knowledge/${hidden.id}`);
      await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
      expect(await page.getByText(hidden.title).count()).toBe(0);
    }
  });
});
