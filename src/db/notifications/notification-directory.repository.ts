import type { Kysely } from "kysely";
import type { NotificationDirectory } from "../../core/notifications/notifications.ports.js";
import type { Addressee, IdeaSubject } from "../../core/notifications/notifications.types.js";
import type { HelpRequest, Message } from "../../core/requests/requests.types.js";
import type { Db } from "../dialect.js";
import { nextTrainingForTopic } from "../../core/growth/trainings/next-training.js";
import { KyselyTrainingsRepository } from "../growth/trainings.repository.js";
import { KyselyTopicRequests } from "../growth/trainings-sources.repository.js";
import { KyselyMessagesRepository } from "../requests/messages.repository.js";
import { KyselyRequestsRepository } from "../requests/requests.repository.js";
import type { Database } from "../schema.js";

/** Read-only lookups the dispatcher makes for each event. */
export class KyselyNotificationDirectory implements NotificationDirectory {
  private readonly requests: KyselyRequestsRepository;
  private readonly messages: KyselyMessagesRepository;

  constructor(
    private readonly kysely: Kysely<Database>,
    private readonly db: Pick<Db, "capabilities">,
  ) {
    this.requests = new KyselyRequestsRepository(kysely, db);
    this.messages = new KyselyMessagesRepository(kysely);
  }

  request(id: number): Promise<HelpRequest | null> {
    return this.requests.findById(id);
  }

  message(id: number): Promise<Message | null> {
    return this.messages.findById(id);
  }

  async idea(id: number): Promise<IdeaSubject | null> {
    const idea = await this.kysely.selectFrom("ideas").select(["id", "title", "owner_id"]).where("id", "=", id).executeTakeFirst();
    if (!idea) return null;
    const mentors = await this.kysely.selectFrom("idea_mentors").select("person_id").where("idea_id", "=", id).orderBy("person_id").execute();
    return { id: idea.id, title: idea.title, ownerId: idea.owner_id, mentorIds: mentors.map((m) => m.person_id) };
  }

  async addressees(ids: readonly number[]): Promise<Addressee[]> {
    if (ids.length === 0) return [];
    const rows = await this.kysely.selectFrom("people").select(["id", "name", "email", "active"]).where("id", "in", [...new Set(ids)]).execute();
    return rows.map((row) => ({ id: row.id, name: row.name, email: row.email, active: row.active === 1 }));
  }

  async nextTrainingFor(personId: number, topicId: number, now: Date) {
    const trainings = new KyselyTrainingsRepository(this.kysely, this.db);
    const topicRequests = new KyselyTopicRequests(this.kysely);
    const hint = await nextTrainingForTopic({ trainings, requests: topicRequests, clock: { now: () => now } }, personId, topicId);
    return hint.training ? { id: hint.training.id, title: hint.training.title, startsAt: hint.training.startsAt } : null;
  }

  async activeTechTeam(): Promise<number[]> {
    const rows = await this.kysely
      .selectFrom("person_roles as r")
      .innerJoin("people as p", "p.id", "r.person_id")
      .select("p.id")
      .where("r.role", "=", "tech")
      .where("p.active", "=", 1)
      .orderBy("p.id")
      .execute();
    return rows.map((row) => row.id);
  }
}
