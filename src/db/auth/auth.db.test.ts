import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, DIALECTS, type TestContext } from "../testing/test-databases.js";

const NOW = "2026-09-01T08:00:00.000Z";

for (const dialect of DIALECTS) {
  describe(`sessions, tokens and sign-in attempts on ${dialect}`, () => {
    let t: TestContext;
    let personId: number;
    beforeAll(async () => {
      t = await createTestContext(dialect);
      personId = (
        await t.ctx.repos.people.create({ name: "Kim", email: "kim@school.example", kind: "staff", campusId: null, locale: "en", roles: ["member"], passwordHash: "x" }, NOW)
      ).id;
    });
    afterAll(() => t.close());

    it("creates, touches and deletes sessions; expired ones are swept", async () => {
      const { sessions } = t.ctx.repos;
      const base = { personId, csrfToken: "c", createdAt: NOW, lastSeenAt: NOW, userAgent: null };
      await sessions.create({ ...base, tokenHash: "h1", expiresAt: "2026-09-15T08:00:00.000Z" });
      await sessions.create({ ...base, tokenHash: "h2", expiresAt: "2026-08-01T08:00:00.000Z" });
      await sessions.touch("h1", "2026-09-02T08:00:00.000Z", "2026-09-16T08:00:00.000Z");
      expect(await sessions.find("h1")).toMatchObject({ personId, lastSeenAt: "2026-09-02T08:00:00.000Z", expiresAt: "2026-09-16T08:00:00.000Z" });
      expect(await sessions.deleteExpired(NOW)).toBe(1);
      expect(await sessions.find("h2")).toBeNull();
      await sessions.deleteForPerson(personId);
      expect(await sessions.find("h1")).toBeNull();
    });

    it("finds only unrevoked tokens, and revokes only the owner's", async () => {
      const { tokens } = t.ctx.repos;
      const token = await tokens.create({ personId, name: "cli", tokenHash: "th", prefix: "scf_abcdef", createdAt: NOW });
      expect(await tokens.findActive("th")).toEqual(token);
      expect(await tokens.revoke(token.id, personId + 1, NOW)).toBe(false);
      expect(await tokens.revoke(token.id, personId, NOW)).toBe(true);
      expect(await tokens.findActive("th")).toBeNull();
      expect(await tokens.listForPerson(personId)).toEqual([]);
    });

    it("upserts sign-in attempts per key", async () => {
      const { attempts } = t.ctx.repos;
      await attempts.save("email:kim@school.example", { failures: 1, firstFailureAt: NOW, blockedUntil: null });
      await attempts.save("email:kim@school.example", { failures: 6, firstFailureAt: NOW, blockedUntil: "2026-09-01T08:00:30.000Z" });
      expect(await attempts.get("email:kim@school.example")).toEqual({ failures: 6, firstFailureAt: NOW, blockedUntil: "2026-09-01T08:00:30.000Z" });
      await attempts.clear("email:kim@school.example");
      expect(await attempts.get("email:kim@school.example")).toBeNull();
    });

    it("keeps one generated setting even when two nodes race to create it", async () => {
      const { settings } = t.ctx.repos;
      const [a, b] = await Promise.all([settings.getOrInit("session_secret", () => "first"), settings.getOrInit("session_secret", () => "second")]);
      expect(a).toBe(b);
    });
  });
}
