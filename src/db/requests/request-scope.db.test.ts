import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessTo, scopeOf } from "../../core/requests/access.js";
import type { Actor } from "../../core/people/people.types.js";
import type { NewRequest } from "../../core/requests/requests.ports.js";
import type { HelpRequest } from "../../core/requests/requests.types.js";
import { createTestContext, DIALECTS, type TestContext } from "../testing/test-databases.js";

const AT = "2026-09-01T08:00:00.000Z";

/** The list scope (SQL) and accessTo (one request) are the same rule: checked here on both engines. */
for (const dialect of DIALECTS) {
  describe(`request visibility scope on ${dialect}`, () => {
    let t: TestContext;
    const actors: Record<string, Actor> = {};
    const made: Record<string, HelpRequest> = {};
    let groupId: number;

    beforeAll(async () => {
      t = await createTestContext(dialect);
      const { people, topics, skills, groups, requests } = t.ctx.repos;
      const person = async (key: string, kind: "teacher" | "student" | "staff", roles: ("helper" | "tech")[] = []) => {
        const p = await people.create({ name: key, email: `${key}@school.example`, kind, campusId: null, locale: "en", roles: ["member", ...roles], passwordHash: null }, AT);
        actors[key] = { id: p.id, kind, roles: ["member", ...roles], campusId: null };
      };
      await person("asker", "teacher");
      await person("skilled", "teacher");
      await person("skilledStudent", "student");
      await person("outsider", "teacher");
      await person("teamStudent", "student");
      await person("supervisor", "staff");
      await person("tech", "staff", ["tech"]);
      const devices = await topics.create({ name: "Devices", parentId: null, nature: "learnable", description: "" });
      const chromebooks = await topics.create({ name: "Chromebooks", parentId: devices.id, nature: "learnable", description: "" });
      const open = await topics.create({ name: "Printing", parentId: null, nature: "learnable", description: "" });
      await t.ctx.db.kysely.updateTable("topics").set({ community_audience: "everyone" }).where("id", "=", open.id).execute();
      // A skill on the parent topic covers community questions on its children.
      await skills.upsert({ personId: actors.skilled!.id, topicId: devices.id, level: "practitioner", source: "declared", at: AT });
      await skills.upsert({ personId: actors.skilledStudent!.id, topicId: chromebooks.id, level: "learning", source: "declared", at: AT });
      groupId = (await groups.create({ name: "Student tech team", description: "", at: AT })).id;
      await groups.setMember(groupId, actors.teamStudent!.id, "member");
      await groups.setMember(groupId, actors.supervisor!.id, "supervisor");

      const base = (over: Partial<NewRequest>): NewRequest => ({
        title: "x", description: "", tried: "", requesterId: actors.asker!.id, topicId: chromebooks.id, requestedMode: "guide",
        suggestedMode: null, nature: "learnable", urgency: "normal", campusId: null, device: null, createdAt: AT, ...over,
      });
      made.community = await requests.create(base({ title: "community", community: true }));
      made.communityStaff = await requests.create(base({ title: "community staff-only", community: true, staffOnly: true }));
      made.everyone = await requests.create(base({ title: "everyone", community: true, topicId: open.id }));
      made.closedCommunity = await requests.create(base({ title: "resolved community", community: true }));
      await requests.update(made.closedCommunity.id, null, { status: "resolved" }, AT);
      made.team = await requests.create(base({ title: "team" }));
      await requests.update(made.team.id, null, { groupId }, AT);
      made.teamStaff = await requests.create(base({ title: "team staff-only", staffOnly: true }));
      await requests.update(made.teamStaff.id, null, { groupId }, AT);
      made.private = await requests.create(base({ title: "private" }));
    });
    afterAll(() => t.close());

    const visibleTitles = async (key: string) => {
      const actor = actors[key]!;
      const facts = await t.ctx.repos.requests.accessFacts(actor.id);
      const listed = (await t.ctx.repos.requests.list({ limit: 100, sort: "oldest" }, scopeOf(actor, facts))).items.map((r) => r.title);
      // The same rule, one request at a time.
      const single = [];
      for (const r of await Promise.all(Object.values(made).map((m) => t.ctx.repos.requests.findById(m.id)))) if (accessTo(actor, r!, facts).see) single.push(r!.title);
      expect(new Set(listed)).toEqual(new Set(single));
      return listed;
    };

    it("shows open community questions to people with a skill on the topic or a parent topic, and topics open to everyone to all", async () => {
      expect(await visibleTitles("skilled")).toEqual(["community", "community staff-only", "everyone"]);
      expect(await visibleTitles("outsider")).toEqual(["everyone"]);
    });

    it("never shows staff-only requests to students, skilled or on the team", async () => {
      expect(await visibleTitles("skilledStudent")).toEqual(["community", "everyone"]);
      expect(await visibleTitles("teamStudent")).toEqual(["everyone", "team"]);
    });

    it("shows supervisors all of the group's requests and tech everything", async () => {
      expect(await visibleTitles("supervisor")).toEqual(["everyone", "team", "team staff-only"]);
      expect((await visibleTitles("tech")).length).toBe(Object.keys(made).length);
      expect(await visibleTitles("asker")).toHaveLength(Object.keys(made).length);
    });

    it("filters by community and group", async () => {
      const all = scopeOf(actors.tech!);
      expect((await t.ctx.repos.requests.list({ limit: 100, community: true, status: ["new"] }, all)).items.map((r) => r.title).sort()).toEqual(["community", "community staff-only", "everyone"]);
      expect((await t.ctx.repos.requests.list({ limit: 100, groupId }, all)).items.map((r) => r.title).sort()).toEqual(["team", "team staff-only"]);
    });
  });
}
