import type { Kysely } from "kysely";
import type { GroupsRepository } from "../../core/community/groups/groups.ports.js";
import type { GroupRole, HelperGroup } from "../../core/community/groups/groups.types.js";
import type { Database } from "../schema.js";

/** Helper groups with their members (and the members' names), in one query each. */
export class KyselyGroupsRepository implements GroupsRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async list(): Promise<HelperGroup[]> {
    return this.load();
  }

  async findById(id: number): Promise<HelperGroup | null> {
    return (await this.load(id))[0] ?? null;
  }

  async findByName(name: string): Promise<HelperGroup | null> {
    const row = await this.kysely.selectFrom("helper_groups").select("id").where("name", "=", name).executeTakeFirst();
    return row ? this.findById(row.id) : null;
  }

  async create(group: { name: string; description: string; at: string }): Promise<HelperGroup> {
    const row = await this.kysely
      .insertInto("helper_groups")
      .values({ name: group.name, description: group.description, created_at: group.at })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { id: row.id, name: group.name, description: group.description, createdAt: group.at, members: [] };
  }

  async setMember(groupId: number, personId: number, role: GroupRole): Promise<void> {
    await this.kysely
      .insertInto("group_members")
      .values({ group_id: groupId, person_id: personId, role })
      .onConflict((oc) => oc.columns(["group_id", "person_id"]).doUpdateSet({ role }))
      .execute();
  }

  async removeMember(groupId: number, personId: number): Promise<boolean> {
    const result = await this.kysely.deleteFrom("group_members").where("group_id", "=", groupId).where("person_id", "=", personId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  private async load(id?: number): Promise<HelperGroup[]> {
    let groups = this.kysely.selectFrom("helper_groups").selectAll().orderBy("name").orderBy("id");
    let members = this.kysely
      .selectFrom("group_members")
      .innerJoin("people", "people.id", "group_members.person_id")
      .select(["group_members.group_id", "group_members.person_id", "group_members.role", "people.name", "people.kind"])
      .orderBy("group_members.role", "desc")
      .orderBy("people.name")
      .orderBy("people.id");
    if (id !== undefined) {
      groups = groups.where("id", "=", id);
      members = members.where("group_members.group_id", "=", id);
    }
    const [groupRows, memberRows] = await Promise.all([groups.execute(), members.execute()]);
    return groupRows.map((g) => ({
      id: g.id,
      name: g.name,
      description: g.description,
      createdAt: g.created_at,
      members: memberRows
        .filter((m) => m.group_id === g.id)
        .map((m) => ({ personId: m.person_id, name: m.name, kind: m.kind, role: m.role as GroupRole })),
    }));
  }
}
