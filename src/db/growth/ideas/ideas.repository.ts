import type { Kysely, Selectable } from "kysely";
import type { IdeaChanges, IdeaFilter, IdeaScope, IdeasRepository, NewIdea } from "../../../core/growth/ideas/ideas.ports.js";
import type { Idea, IdeaMentor, IdeaStatus, IdeaSupport, IdeaUpdate, IdeaUpdateKind, Milestone } from "../../../core/growth/ideas/ideas.types.js";
import type { Page } from "../../../core/people/people.types.js";
import { AppError } from "../../../core/shared/errors.js";
import type { Database, IdeaMilestonesTable, IdeasTable } from "../../schema.js";
import { decodeCursor, toPage } from "../../shared/cursor.js";
import { ideaVisibleTo } from "./idea-visibility.js";

type IdeaRow = Selectable<IdeasTable> & { owner_name: string; owner_kind: string };

/** Idea proposals with their topics, mentors and milestones (one query per part, for any number of ideas). */
export class KyselyIdeasRepository implements IdeasRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async create(idea: NewIdea, at: string): Promise<Idea> {
    const row = await this.kysely
      .insertInto("ideas")
      .values({
        owner_id: idea.ownerId,
        title: idea.title,
        pitch: idea.pitch,
        goals: idea.goals,
        timeline: idea.timeline,
        support_needed: idea.support.join(","),
        status: "proposed",
        paused_from: null,
        request_id: idea.requestId,
        copied_from_id: idea.copiedFromId,
        campus_id: idea.campusId,
        created_at: at,
        updated_at: at,
        shipped_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await this.replaceTopics(row.id, idea.topicIds);
    return (await this.findById(row.id))!;
  }

  async findById(id: number): Promise<Idea | null> {
    const rows = await this.base().where("ideas.id", "=", id).execute();
    return (await this.hydrate(rows))[0] ?? null;
  }

  async findByRequest(requestId: number): Promise<Idea | null> {
    const rows = await this.base().where("ideas.request_id", "=", requestId).execute();
    return (await this.hydrate(rows))[0] ?? null;
  }

  async list(filter: IdeaFilter, scope: IdeaScope): Promise<Page<Idea>> {
    const after = decodeCursor(filter.cursor);
    let query = this.base().orderBy("ideas.id", "desc").limit(filter.limit + 1);
    if (scope.kind === "member") query = query.where(ideaVisibleTo(scope, { id: "ideas.id", ownerId: "ideas.owner_id", ownerKind: "people.kind" }));
    if (after !== null) query = query.where("ideas.id", "<", after);
    if (filter.status) query = query.where("ideas.status", "=", filter.status);
    if (filter.ownerId !== undefined) query = query.where("ideas.owner_id", "=", filter.ownerId);
    if (filter.topicId !== undefined) {
      const topicId = filter.topicId;
      query = query.where((eb) => eb.exists(eb.selectFrom("idea_topics").select("idea_topics.idea_id").whereRef("idea_topics.idea_id", "=", "ideas.id").where("idea_topics.topic_id", "=", topicId)));
    }
    if (filter.mentorId !== undefined) {
      const mentorId = filter.mentorId;
      query = query.where((eb) => eb.exists(eb.selectFrom("idea_mentors").select("idea_mentors.idea_id").whereRef("idea_mentors.idea_id", "=", "ideas.id").where("idea_mentors.person_id", "=", mentorId)));
    }
    return toPage(await this.hydrate(await query.execute()), filter.limit);
  }

  async update(id: number, expectedVersion: number | null, c: IdeaChanges, at: string): Promise<Idea> {
    let query = this.kysely
      .updateTable("ideas")
      .set((eb) => ({
        ...(c.title !== undefined && { title: c.title }),
        ...(c.pitch !== undefined && { pitch: c.pitch }),
        ...(c.goals !== undefined && { goals: c.goals }),
        ...(c.timeline !== undefined && { timeline: c.timeline }),
        ...(c.support !== undefined && { support_needed: c.support.join(",") }),
        ...(c.status !== undefined && { status: c.status }),
        ...(c.pausedFrom !== undefined && { paused_from: c.pausedFrom }),
        ...(c.shippedAt !== undefined && { shipped_at: c.shippedAt }),
        version: eb("version", "+", 1),
        updated_at: at,
      }))
      .where("id", "=", id);
    if (expectedVersion !== null) query = query.where("version", "=", expectedVersion);
    const row = await query.returning("id").executeTakeFirst();
    if (!row) {
      const exists = await this.kysely.selectFrom("ideas").select("version").where("id", "=", id).executeTakeFirst();
      if (!exists) throw new AppError("IDEA_NOT_FOUND", `Idea ${id} was not found.`);
      throw new AppError("VERSION_CONFLICT", `Someone changed idea ${id} while you were editing (now version ${exists.version}). Reload and try again.`);
    }
    if (c.topicIds !== undefined) await this.replaceTopics(id, c.topicIds);
    return (await this.findById(id))!;
  }

  async addMentor(ideaId: number, personId: number, at: string): Promise<boolean> {
    const result = await this.kysely
      .insertInto("idea_mentors")
      .values({ idea_id: ideaId, person_id: personId, added_at: at })
      .onConflict((oc) => oc.columns(["idea_id", "person_id"]).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  async removeMentor(ideaId: number, personId: number): Promise<boolean> {
    const result = await this.kysely.deleteFrom("idea_mentors").where("idea_id", "=", ideaId).where("person_id", "=", personId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  async addMilestone(ideaId: number, milestone: { title: string; dueOn: string | null }): Promise<Milestone> {
    const last = await this.kysely
      .selectFrom("idea_milestones")
      .select((eb) => eb.fn.max("position").as("position"))
      .where("idea_id", "=", ideaId)
      .executeTakeFirst();
    const row = await this.kysely
      .insertInto("idea_milestones")
      .values({ idea_id: ideaId, title: milestone.title, due_on: milestone.dueOn, done_at: null, position: Number(last?.position ?? 0) + 1 })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toMilestone(row);
  }

  async updateMilestone(ideaId: number, milestoneId: number, c: { title?: string; dueOn?: string | null; doneAt?: string | null }): Promise<Milestone | null> {
    const row = await this.kysely
      .updateTable("idea_milestones")
      .set({
        ...(c.title !== undefined && { title: c.title }),
        ...(c.dueOn !== undefined && { due_on: c.dueOn }),
        ...(c.doneAt !== undefined && { done_at: c.doneAt }),
      })
      .where("id", "=", milestoneId)
      .where("idea_id", "=", ideaId)
      .returningAll()
      .executeTakeFirst();
    return row ? toMilestone(row) : null;
  }

  async addUpdate(u: { ideaId: number; authorId: number; kind: IdeaUpdateKind; body: string; at: string }): Promise<IdeaUpdate> {
    const row = await this.kysely
      .insertInto("idea_updates")
      .values({ idea_id: u.ideaId, author_id: u.authorId, kind: u.kind, body: u.body, created_at: u.at })
      .returning("id")
      .executeTakeFirstOrThrow();
    const author = await this.kysely.selectFrom("people").select("name").where("id", "=", u.authorId).executeTakeFirstOrThrow();
    return { id: row.id, ideaId: u.ideaId, authorId: u.authorId, authorName: author.name, kind: u.kind, body: u.body, createdAt: u.at };
  }

  async updates(ideaId: number): Promise<IdeaUpdate[]> {
    const rows = await this.kysely
      .selectFrom("idea_updates")
      .innerJoin("people", "people.id", "idea_updates.author_id")
      .select(["idea_updates.id", "idea_updates.author_id", "idea_updates.kind", "idea_updates.body", "idea_updates.created_at", "people.name"])
      .where("idea_updates.idea_id", "=", ideaId)
      .orderBy("idea_updates.id")
      .execute();
    return rows.map((r) => ({ id: r.id, ideaId, authorId: r.author_id, authorName: r.name, kind: r.kind as IdeaUpdateKind, body: r.body, createdAt: r.created_at }));
  }

  private base() {
    return this.kysely
      .selectFrom("ideas")
      .innerJoin("people", "people.id", "ideas.owner_id")
      .selectAll("ideas")
      .select(["people.name as owner_name", "people.kind as owner_kind"]);
  }

  private async replaceTopics(ideaId: number, topicIds: readonly number[]): Promise<void> {
    await this.kysely.deleteFrom("idea_topics").where("idea_id", "=", ideaId).execute();
    if (topicIds.length) await this.kysely.insertInto("idea_topics").values(topicIds.map((topic_id) => ({ idea_id: ideaId, topic_id }))).execute();
  }

  private async hydrate(rows: IdeaRow[]): Promise<Idea[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const topics = await this.kysely.selectFrom("idea_topics").select(["idea_id", "topic_id"]).where("idea_id", "in", ids).orderBy("topic_id").execute();
    const mentors = await this.kysely
      .selectFrom("idea_mentors")
      .innerJoin("people", "people.id", "idea_mentors.person_id")
      .select(["idea_mentors.idea_id", "idea_mentors.person_id", "idea_mentors.added_at", "people.name"])
      .where("idea_mentors.idea_id", "in", ids)
      .orderBy("idea_mentors.added_at")
      .orderBy("idea_mentors.person_id")
      .execute();
    const milestones = await this.kysely.selectFrom("idea_milestones").selectAll().where("idea_id", "in", ids).orderBy("position").orderBy("id").execute();
    return rows.map((r) => ({
      id: r.id,
      ownerId: r.owner_id,
      ownerName: r.owner_name,
      ownerKind: r.owner_kind,
      title: r.title,
      pitch: r.pitch,
      goals: r.goals,
      timeline: r.timeline,
      support: r.support_needed ? (r.support_needed.split(",") as IdeaSupport[]) : [],
      topicIds: topics.filter((t) => t.idea_id === r.id).map((t) => t.topic_id),
      status: r.status as IdeaStatus,
      pausedFrom: (r.paused_from as IdeaStatus | null) ?? null,
      requestId: r.request_id,
      copiedFromId: r.copied_from_id,
      campusId: r.campus_id,
      mentors: mentors.filter((m) => m.idea_id === r.id).map((m): IdeaMentor => ({ personId: m.person_id, name: m.name, addedAt: m.added_at })),
      milestones: milestones.filter((m) => m.idea_id === r.id).map(toMilestone),
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      shippedAt: r.shipped_at,
      version: r.version,
    }));
  }
}

function toMilestone(row: Selectable<IdeaMilestonesTable>): Milestone {
  return { id: row.id, ideaId: row.idea_id, title: row.title, dueOn: row.due_on, done: row.done_at !== null, doneAt: row.done_at, position: row.position };
}
