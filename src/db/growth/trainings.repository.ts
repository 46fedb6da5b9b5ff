import type { Kysely, Selectable } from "kysely";
import type { NewTraining, TrainingChanges, TrainingFilter, TrainingsRepository } from "../../core/growth/trainings/trainings.ports.js";
import type { Enrolment, EnrolmentStatus, Training, TrainingStatus } from "../../core/growth/trainings/trainings.types.js";
import type { Db } from "../dialect.js";
import type { Database, TrainingsTable } from "../schema.js";

/** Trainings with their materials, seat counts and enrolments. */
export class KyselyTrainingsRepository implements TrainingsRepository {
  constructor(
    private readonly kysely: Kysely<Database>,
    private readonly db: Pick<Db, "capabilities">,
  ) {}

  async create(t: NewTraining): Promise<Training> {
    const row = await this.kysely
      .insertInto("trainings")
      .values({
        topic_id: t.topicId,
        title: t.title,
        description: t.description,
        facilitator_id: t.facilitatorId,
        campus_id: t.campusId,
        starts_at: t.startsAt,
        duration_minutes: t.durationMinutes,
        place: t.place,
        video_url: t.videoUrl,
        capacity: t.capacity,
        status: "scheduled",
        created_by: t.createdBy,
        created_at: t.at,
        updated_at: t.at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await this.replaceMaterials(row.id, t.materials);
    return (await this.findById(row.id))!;
  }

  async update(id: number, c: TrainingChanges, at: string): Promise<Training> {
    await this.kysely
      .updateTable("trainings")
      .set({
        ...(c.topicId !== undefined && { topic_id: c.topicId }),
        ...(c.title !== undefined && { title: c.title }),
        ...(c.description !== undefined && { description: c.description }),
        ...(c.facilitatorId !== undefined && { facilitator_id: c.facilitatorId }),
        ...(c.campusId !== undefined && { campus_id: c.campusId }),
        ...(c.startsAt !== undefined && { starts_at: c.startsAt }),
        ...(c.durationMinutes !== undefined && { duration_minutes: c.durationMinutes }),
        ...(c.place !== undefined && { place: c.place }),
        ...(c.videoUrl !== undefined && { video_url: c.videoUrl }),
        ...(c.capacity !== undefined && { capacity: c.capacity }),
        ...(c.status !== undefined && { status: c.status }),
        updated_at: at,
      })
      .where("id", "=", id)
      .execute();
    if (c.materials !== undefined) await this.replaceMaterials(id, c.materials);
    return (await this.findById(id))!;
  }

  async findById(id: number, options: { lock?: boolean } = {}): Promise<Training | null> {
    let query = this.kysely.selectFrom("trainings").selectAll().where("id", "=", id);
    // SQLite has no row locks (a write transaction already holds the database); PostgreSQL locks the row
    // so two people can't both take the last seat.
    if (options.lock && this.db.capabilities.rowLocks) query = query.forUpdate();
    const row = await query.executeTakeFirst();
    return row ? (await this.hydrate([row]))[0]! : null;
  }

  async list(f: TrainingFilter): Promise<Training[]> {
    let query = this.kysely.selectFrom("trainings").selectAll();
    if (f.topicIds) query = query.where("topic_id", "in", f.topicIds.length ? f.topicIds : [-1]);
    if (f.from !== undefined) query = query.where("starts_at", ">=", f.from);
    if (f.to !== undefined) query = query.where("starts_at", "<", f.to);
    if (!f.includeCancelled) query = query.where("status", "=", "scheduled");
    if (f.personId !== undefined) {
      const personId = f.personId;
      query = query.where((eb) =>
        eb.or([
          eb("facilitator_id", "=", personId),
          eb("id", "in", eb.selectFrom("enrolments").select("training_id").where("person_id", "=", personId).where("status", "in", ["enrolled", "waiting"])),
        ]),
      );
    }
    const rows = await query.orderBy("starts_at").orderBy("id").limit(f.limit).execute();
    return this.hydrate(rows);
  }

  async enrolments(trainingId: number): Promise<Enrolment[]> {
    const rows = await this.enrolmentQuery().where("e.training_id", "=", trainingId).orderBy("e.status").orderBy("e.position").orderBy("e.created_at").orderBy("e.person_id").execute();
    return rows.map(toEnrolment);
  }

  async enrolment(trainingId: number, personId: number): Promise<Enrolment | null> {
    const row = await this.enrolmentQuery().where("e.training_id", "=", trainingId).where("e.person_id", "=", personId).executeTakeFirst();
    return row ? toEnrolment(row) : null;
  }

  async enrolmentsOf(personId: number, trainingIds: number[]): Promise<Enrolment[]> {
    if (trainingIds.length === 0) return [];
    const rows = await this.enrolmentQuery().where("e.person_id", "=", personId).where("e.training_id", "in", trainingIds).execute();
    return rows.map(toEnrolment);
  }

  async saveEnrolment(e: { trainingId: number; personId: number; status: EnrolmentStatus; position: number | null; at: string }): Promise<void> {
    await this.kysely
      .insertInto("enrolments")
      .values({ training_id: e.trainingId, person_id: e.personId, status: e.status, position: e.position, created_at: e.at, updated_at: e.at, attended: 0, attendance_marked_at: null })
      .onConflict((oc) =>
        oc.columns(["training_id", "person_id"]).doUpdateSet({
          status: e.status,
          position: e.position,
          updated_at: e.at,
          // Coming back after cancelling queues you anew: you join the end of the line, not your old place.
          ...(e.status !== "cancelled" && { created_at: (eb) => eb.case().when("enrolments.status", "=", "cancelled").then(e.at).else(eb.ref("enrolments.created_at")).end() }),
        }),
      )
      .execute();
  }

  async setAttendance(trainingId: number, attendedIds: number[], at: string): Promise<void> {
    await this.kysely.updateTable("enrolments").set({ attended: 0 }).where("training_id", "=", trainingId).execute();
    if (attendedIds.length === 0) return;
    await this.kysely
      .updateTable("enrolments")
      .set((eb) => ({ attended: 1, attendance_marked_at: eb.fn.coalesce("attendance_marked_at", eb.val(at)) }))
      .where("training_id", "=", trainingId)
      .where("person_id", "in", attendedIds)
      .execute();
  }

  /** Materials and seat counts for a page of trainings, in two grouped queries. */
  private async hydrate(rows: Selectable<TrainingsTable>[]): Promise<Training[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [materials, counts, facilitators] = await Promise.all([
      this.kysely.selectFrom("training_materials").select(["training_id", "article_id"]).where("training_id", "in", ids).orderBy("article_id").execute(),
      this.kysely
        .selectFrom("enrolments")
        .select((eb) => ["training_id", "status", eb.fn.countAll<number | string>().as("n")])
        .where("training_id", "in", ids)
        .groupBy(["training_id", "status"])
        .execute(),
      this.kysely.selectFrom("people").select(["id", "name"]).where("id", "in", [...new Set(rows.map((r) => r.facilitator_id))]).execute(),
    ]);
    return rows.map((r) => ({
      id: r.id,
      topicId: r.topic_id,
      title: r.title,
      description: r.description,
      facilitatorId: r.facilitator_id,
      facilitatorName: facilitators.find((p) => p.id === r.facilitator_id)?.name ?? "",
      campusId: r.campus_id,
      startsAt: r.starts_at,
      durationMinutes: r.duration_minutes,
      endsAt: new Date(Date.parse(r.starts_at) + r.duration_minutes * 60_000).toISOString(),
      place: r.place,
      videoUrl: r.video_url,
      capacity: r.capacity,
      status: r.status as TrainingStatus,
      materials: materials.filter((m) => m.training_id === r.id).map((m) => m.article_id),
      enrolled: Number(counts.find((c) => c.training_id === r.id && c.status === "enrolled")?.n ?? 0),
      waiting: Number(counts.find((c) => c.training_id === r.id && c.status === "waiting")?.n ?? 0),
      createdBy: r.created_by,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }));
  }

  private async replaceMaterials(trainingId: number, articleIds: number[]): Promise<void> {
    await this.kysely.deleteFrom("training_materials").where("training_id", "=", trainingId).execute();
    if (articleIds.length) await this.kysely.insertInto("training_materials").values(articleIds.map((article_id) => ({ training_id: trainingId, article_id }))).execute();
  }

  private enrolmentQuery() {
    return this.kysely
      .selectFrom("enrolments as e")
      .innerJoin("people as p", "p.id", "e.person_id")
      .select(["e.training_id", "e.person_id", "p.name", "e.status", "e.position", "e.attended", "e.attendance_marked_at", "e.created_at"]);
  }
}

function toEnrolment(r: { training_id: number; person_id: number; name: string; status: string; position: number | null; attended: number; attendance_marked_at: string | null; created_at: string }): Enrolment {
  return {
    trainingId: r.training_id,
    personId: r.person_id,
    name: r.name,
    status: r.status as EnrolmentStatus,
    position: r.position,
    attended: r.attended === 1,
    attendanceMarkedAt: r.attendance_marked_at,
    createdAt: r.created_at,
  };
}
