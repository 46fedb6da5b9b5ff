import type { Kysely, Selectable } from "kysely";
import type { CampusesRepository } from "../../core/people/people.ports.js";
import type { Campus } from "../../core/people/people.types.js";
import { AppError } from "../../core/shared/errors.js";
import type { CampusesTable, Database } from "../schema.js";
import { isUniqueViolation } from "../shared/unique-violation.js";

export class KyselyCampusesRepository implements CampusesRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async create(campus: Omit<Campus, "id">): Promise<Campus> {
    try {
      const row = await this.kysely.insertInto("campuses").values({ name: campus.name, time_zone: campus.timeZone }).returningAll().executeTakeFirstOrThrow();
      return toCampus(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("CAMPUS_NAME_TAKEN", `A campus named "${campus.name}" exists already.`);
      throw error;
    }
  }

  async update(id: number, changes: Partial<Omit<Campus, "id">>): Promise<Campus> {
    try {
      const row = await this.kysely
        .updateTable("campuses")
        .set({ ...(changes.name !== undefined && { name: changes.name }), ...(changes.timeZone !== undefined && { time_zone: changes.timeZone }) })
        .where("id", "=", id)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw new AppError("CAMPUS_NOT_FOUND", `Campus ${id} was not found.`);
      return toCampus(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw new AppError("CAMPUS_NAME_TAKEN", `A campus named "${changes.name}" exists already.`);
      throw error;
    }
  }

  async findById(id: number): Promise<Campus | null> {
    const row = await this.kysely.selectFrom("campuses").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toCampus(row) : null;
  }

  async findByName(name: string): Promise<Campus | null> {
    const row = await this.kysely.selectFrom("campuses").selectAll().where("name", "=", name).executeTakeFirst();
    return row ? toCampus(row) : null;
  }

  async list(): Promise<Campus[]> {
    return (await this.kysely.selectFrom("campuses").selectAll().orderBy("name").execute()).map(toCampus);
  }
}

const toCampus = (row: Selectable<CampusesTable>): Campus => ({ id: row.id, name: row.name, timeZone: row.time_zone });
