import type { Kysely, Selectable } from "kysely";
import type { NewPerson, PeopleFilter, PeopleRepository, PersonChanges } from "../../core/people/people.ports.js";
import type { Locale, Person, PersonKind, Role } from "../../core/people/people.types.js";
import { AppError } from "../../core/shared/errors.js";
import type { Db } from "../dialect.js";
import type { Database, PeopleTable } from "../schema.js";
import { decodeCursor, toPage } from "../shared/cursor.js";
import { isUniqueViolation } from "../shared/unique-violation.js";

type PersonRow = Selectable<PeopleTable>;

/** Kysely-backed people storage; `kysely` may be a transaction. */
export class KyselyPeopleRepository implements PeopleRepository {
  constructor(
    private readonly kysely: Kysely<Database>,
    private readonly dialect: Pick<Db, "capabilities">,
  ) {}

  async create(person: NewPerson, now: string): Promise<Person> {
    try {
      const row = await this.kysely
        .insertInto("people")
        .values({
          name: person.name,
          email: person.email,
          kind: person.kind,
          campus_id: person.campusId,
          locale: person.locale,
          password_hash: person.passwordHash,
          active: 1,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      await this.replaceRoles(row.id, person.roles);
      return toPerson(row, person.roles);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("EMAIL_TAKEN", `${person.email} already belongs to someone.`);
      throw error;
    }
  }

  async findById(id: number): Promise<Person | null> {
    const row = await this.kysely.selectFrom("people").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toPerson(row, await this.rolesOf(row.id)) : null;
  }

  async findByEmail(email: string): Promise<Person | null> {
    const row = await this.kysely.selectFrom("people").selectAll().where("email", "=", email.toLowerCase()).executeTakeFirst();
    return row ? toPerson(row, await this.rolesOf(row.id)) : null;
  }

  async findCredentials(email: string) {
    const row = await this.kysely.selectFrom("people").selectAll().where("email", "=", email.trim().toLowerCase()).executeTakeFirst();
    return row ? { person: toPerson(row, await this.rolesOf(row.id)), passwordHash: row.password_hash } : null;
  }

  async passwordHashOf(id: number): Promise<string | null> {
    const row = await this.kysely.selectFrom("people").select("password_hash").where("id", "=", id).executeTakeFirst();
    return row?.password_hash ?? null;
  }

  async setPasswordHash(id: number, hash: string, now: string): Promise<void> {
    await this.kysely.updateTable("people").set({ password_hash: hash, updated_at: now }).where("id", "=", id).execute();
  }

  async update(id: number, changes: PersonChanges, now: string): Promise<Person> {
    try {
      const row = await this.kysely
        .updateTable("people")
        .set({
          ...(changes.name !== undefined && { name: changes.name }),
          ...(changes.email !== undefined && { email: changes.email }),
          ...(changes.kind !== undefined && { kind: changes.kind }),
          ...(changes.campusId !== undefined && { campus_id: changes.campusId }),
          ...(changes.locale !== undefined && { locale: changes.locale }),
          ...(changes.active !== undefined && { active: changes.active ? 1 : 0 }),
          updated_at: now,
        })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw new AppError("PERSON_NOT_FOUND", `Person ${id} was not found.`);
      if (changes.roles) await this.replaceRoles(id, changes.roles);
      return toPerson(row, changes.roles ?? (await this.rolesOf(id)));
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("EMAIL_TAKEN", `${changes.email} already belongs to someone.`);
      throw error;
    }
  }

  async list(filter: PeopleFilter) {
    const after = decodeCursor(filter.cursor);
    let query = this.kysely.selectFrom("people").selectAll("people").orderBy("people.id").limit(filter.limit + 1);
    if (after !== null) query = query.where("people.id", ">", after);
    if (filter.q) {
      const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const op = this.dialect.capabilities.ilike;
      query = query.where((eb) => eb.or([eb(eb.fn("lower", ["people.name"]), op, pattern.toLowerCase()), eb("people.email", op, pattern.toLowerCase())]));
    }
    if (filter.kind) query = query.where("people.kind", "=", filter.kind);
    if (filter.campusId !== undefined) query = query.where("people.campus_id", "=", filter.campusId);
    if (filter.active !== undefined) query = query.where("people.active", "=", filter.active ? 1 : 0);
    if (filter.role && filter.role !== "member") {
      const role = filter.role;
      query = query.where("people.id", "in", (eb) => eb.selectFrom("person_roles").select("person_id").where("role", "=", role));
    }
    const rows = await query.execute();
    const roles = await this.rolesOfMany(rows.map((r) => r.id));
    return toPage(
      rows.map((row) => toPerson(row, roles.get(row.id) ?? [])),
      filter.limit,
    );
  }

  async countActiveWithRole(role: Role): Promise<number> {
    const row = await this.kysely
      .selectFrom("person_roles")
      .innerJoin("people", "people.id", "person_roles.person_id")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("person_roles.role", "=", role)
      .where("people.active", "=", 1)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async namesOf(ids: number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    const rows = await this.kysely.selectFrom("people").select(["id", "name"]).where("id", "in", unique).execute();
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  private async replaceRoles(personId: number, roles: Role[]): Promise<void> {
    await this.kysely.deleteFrom("person_roles").where("person_id", "=", personId).execute();
    const stored = roles.filter((r) => r !== "member");
    if (stored.length) await this.kysely.insertInto("person_roles").values(stored.map((role) => ({ person_id: personId, role }))).execute();
  }

  private async rolesOf(personId: number): Promise<Role[]> {
    return (await this.rolesOfMany([personId])).get(personId) ?? ["member"];
  }

  private async rolesOfMany(ids: number[]): Promise<Map<number, Role[]>> {
    const map = new Map<number, Role[]>(ids.map((id) => [id, ["member"]]));
    if (ids.length === 0) return map;
    const rows = await this.kysely.selectFrom("person_roles").selectAll().where("person_id", "in", ids).execute();
    for (const row of rows) map.get(row.person_id)?.push(row.role as Role);
    for (const [id, roles] of map) map.set(id, sortRoles(roles));
    return map;
  }
}

const ROLE_ORDER: Role[] = ["member", "helper", "tech", "leader", "admin"];
const sortRoles = (roles: Role[]) => ROLE_ORDER.filter((r) => roles.includes(r));

function toPerson(row: PersonRow, roles: Role[]): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    kind: row.kind as PersonKind,
    campusId: row.campus_id,
    locale: row.locale as Locale,
    roles: sortRoles(["member", ...roles]).filter((r, i, a) => a.indexOf(r) === i),
    active: row.active === 1,
    hasPassword: row.password_hash !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
