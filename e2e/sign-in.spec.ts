/**
 * The first journeys in real Chromium: signing in, a failed sign-in, an admin adding a person,
 * the phone layout, and an accessibility scan of the sign-in and home pages.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AxeBuilder } from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, startTestServer, type TestServer } from "./support/harness.js";

const PASSWORD = "scaffold-demo";

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await server?.close();
});

/** A fresh page with its own cookies, so every test starts signed out. */
async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ viewport, baseURL: server.url });
  contexts.push(context);
  return context.newPage();
}

async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/sign-in");
  await page.getByRole("textbox", { name: "Email" }).fill(email);
  await page.getByRole("textbox", { name: "Password" }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

async function signIn(page: Page, email: string): Promise<void> {
  await fillSignIn(page, email, PASSWORD);
  await page.waitForURL(`${server.url}/`);
}

/** Serious and critical axe violations, summarised so a failure says what is wrong where. */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

describe("signing in", () => {
  it("greets the teacher by name on the home page", async () => {
    const page = await newPage();
    await signIn(page, "teacher@riverside.example");
    const me = (await page.evaluate(() => fetch("/api/v1/me").then((response) => response.json()))) as { name: string };
    expect(me.name).toBeTruthy();
    await page.getByRole("heading", { level: 1, name: `Hello, ${me.name}` }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
  });

  it("says so when the password is wrong, and stays on the sign-in page", async () => {
    const page = await newPage();
    await fillSignIn(page, "teacher@riverside.example", "not-the-password");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("That email and password do not match");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });

  it("returns to the page the person wanted", async () => {
    const page = await newPage();
    await page.goto("/profile");
    await page.waitForURL(/\/sign-in\?next=%2Fprofile$/);
    await page.getByRole("textbox", { name: "Email" }).fill("teacher@riverside.example");
    await page.getByRole("textbox", { name: "Password" }).fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(`${server.url}/profile`);
    await page.getByRole("heading", { level: 1, name: "Profile" }).waitFor();
  });
});

describe("admin people", () => {
  it("searches people and adds one who then appears in the list", async () => {
    const page = await newPage();
    await signIn(page, "admin@riverside.example");
    await page.getByRole("navigation").getByRole("link", { name: "People" }).click();
    await page.getByRole("heading", { level: 1, name: "People" }).waitFor();
    const table = page.getByRole("table");

    await page.getByRole("searchbox", { name: "Search", exact: true }).fill("teacher@riverside");
    await table.getByText("teacher@riverside.example").waitFor();
    await table.getByText("admin@riverside.example").waitFor({ state: "detached" });

    await page.getByRole("button", { name: "Add person" }).click();
    const dialog = page.getByRole("dialog", { name: "Add a person" });
    await dialog.getByRole("textbox", { name: "Name" }).fill("Zadie Quill");
    await dialog.getByRole("textbox", { name: "Email" }).fill("zadie.quill@riverside.example");
    await dialog.getByRole("checkbox", { name: "Helper" }).check();
    await dialog.getByRole("button", { name: "Add person" }).click();
    await dialog.waitFor({ state: "detached" });

    await page.getByRole("searchbox", { name: "Search", exact: true }).fill("Zadie");
    await table.getByText("zadie.quill@riverside.example").waitFor();
    const row = table.getByRole("row").filter({ hasText: "Zadie Quill" });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain("Helper");
  });
});

describe("phone layout", () => {
  it("tucks the navigation behind a burger button", async () => {
    const page = await newPage({ width: 390, height: 844 });
    await signIn(page, "teacher@riverside.example");
    const burger = page.getByRole("button", { name: "Open navigation" });
    await burger.waitFor();
    const requests = page.getByRole("navigation").getByRole("link", { name: "Requests" });
    expect(await requests.isVisible()).toBe(false);
    await burger.click();
    await requests.waitFor({ state: "visible" });
    await requests.click();
    await page.getByRole("heading", { level: 1, name: "Requests" }).waitFor();
  });
});

describe("accessibility", () => {
  it("has no serious or critical axe violations on the sign-in page", async () => {
    const page = await newPage();
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("has no serious or critical axe violations on the home page", async () => {
    const page = await newPage();
    await signIn(page, "teacher@riverside.example");
    await page.getByRole("heading", { level: 1, name: /^Hello, / }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
