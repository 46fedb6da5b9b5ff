import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { createPerson } from "../../core/people/create-person.js";
import { createTopic } from "../../core/people/manage-topics.js";
import type { Person, PersonKind, Role, Topic, TopicNature } from "../../core/people/people.types.js";
import type { DialectName } from "../../db/dialect.js";
import { createTestContext, type TestContext } from "../../db/testing/test-databases.js";
import { buildApp } from "../app.js";

export const TEST_PASSWORD = "correct horse battery";

export interface TestApp extends TestContext {
  app: FastifyInstance;
  /** Adds a person with TEST_PASSWORD. */
  addPerson(overrides?: { name?: string; email?: string; kind?: PersonKind; roles?: Role[]; campusId?: number | null }): Promise<Person>;
  addTopic(name: string, nature?: TopicNature, parentId?: number | null): Promise<Topic>;
  /** Signs in through the API and returns what a browser would hold. */
  signIn(email: string, password?: string): Promise<Session>;
  close(): Promise<void>;
}

export interface Session {
  cookie: string;
  csrfToken: string;
  /** Headers for a cookie-authenticated write. */
  headers: Record<string, string>;
}

let counter = 0;

/** The whole HTTP app on a fresh database, driven through `inject` (no port). */
export async function createTestApp(dialect: DialectName = "sqlite", options: { now?: Date; env?: Record<string, string> } = {}): Promise<TestApp> {
  const test = await createTestContext(dialect, options);
  const app = await buildApp(test.ctx, { cookieSecret: "test-cookie-secret-of-enough-length-000000" });
  const { ctx } = test;
  return {
    ...test,
    app,
    addPerson: (overrides = {}) => {
      counter += 1;
      return ctx.tx((repos) =>
        createPerson({ people: repos.people, campuses: repos.campuses, events: repos.events, clock: ctx.clock, hasher: ctx.hasher }, null, {
          name: overrides.name ?? `Person ${counter}`,
          email: overrides.email ?? `person${counter}.${Date.now()}@school.example`,
          kind: overrides.kind ?? "teacher",
          roles: overrides.roles ?? [],
          campusId: overrides.campusId ?? null,
          password: TEST_PASSWORD,
        }),
      );
    },
    addTopic: (name, nature = "learnable", parentId = null) =>
      ctx.tx((repos) => createTopic({ topics: repos.topics, events: repos.events, clock: ctx.clock }, null, { name, nature, parentId })),
    signIn: async (email, password = TEST_PASSWORD) => {
      const response = await app.inject({ method: "POST", url: "/api/v1/session", payload: { email, password } });
      if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
      const cookie = sessionCookie(response);
      const csrfToken = response.json().csrfToken as string;
      return { cookie, csrfToken, headers: { cookie, "x-csrf-token": csrfToken } };
    },
    close: async () => {
      await app.close();
      await test.close();
    },
  };
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const found = response.cookies.find((c) => c.name === "scaffold_session");
  if (!found) throw new Error("no session cookie set");
  return `scaffold_session=${found.value}`;
}
