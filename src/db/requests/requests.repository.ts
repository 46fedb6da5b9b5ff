import { type ExpressionBuilder, type Kysely, type Selectable, sql } from "kysely";
import { type AccessFacts, communityTopicsFor, type GroupRole, type RequestScope } from "../../core/requests/access.js";
import { OPEN_STATUSES } from "../../core/requests/lifecycle.js";
import type { NewRequest, RequestChanges, RequestFilter, RequestsRepository } from "../../core/requests/requests.ports.js";
import type { HelpRequest, Mode, ResolutionKind, SelfReliance, Status, Urgency } from "../../core/requests/requests.types.js";
import type { CommunityAudience, TopicNature } from "../../core/people/people.types.js";
import { AppError } from "../../core/shared/errors.js";
import type { Db } from "../dialect.js";
import type { Database, RequestsTable } from "../schema.js";
import { decodeOffset, encodeOffset } from "../shared/offset-cursor.js";

const URGENCY_RANK: Record<Urgency, number> = { low: 0, normal: 1, high: 2, urgent: 3 };

export class KyselyRequestsRepository implements RequestsRepository {
  constructor(
    private readonly kysely: Kysely<Database>,
    private readonly dialect: Pick<Db, "capabilities">,
  ) {}

  async create(r: NewRequest): Promise<HelpRequest> {
    const row = await this.kysely
      .insertInto("requests")
      .values({
        title: r.title,
        description: r.description,
        tried: r.tried,
        requester_id: r.requesterId,
        topic_id: r.topicId,
        requested_mode: r.requestedMode,
        mode: r.requestedMode,
        suggested_mode: r.suggestedMode?.mode ?? null,
        suggested_confidence: r.suggestedMode?.confidence ?? null,
        suggested_reasons: r.suggestedMode ? JSON.stringify(r.suggestedMode.reasons) : null,
        nature: r.nature,
        status: "new",
        urgency: r.urgency,
        urgency_rank: URGENCY_RANK[r.urgency],
        campus_id: r.campusId,
        device: r.device,
        community: r.community ? 1 : 0,
        staff_only: r.staffOnly ? 1 : 0,
        created_at: r.createdAt,
        updated_at: r.createdAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toRequest(row);
  }

  async findById(id: number): Promise<HelpRequest | null> {
    const row = await this.kysely.selectFrom("requests").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toRequest(row) : null;
  }

  async findByIds(ids: readonly number[]): Promise<HelpRequest[]> {
    const out: HelpRequest[] = [];
    // Chunked: SQLite allows only so many bound parameters in one statement.
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.kysely.selectFrom("requests").selectAll().where("id", "in", ids.slice(i, i + 500)).execute();
      out.push(...rows.map(toRequest));
    }
    return out;
  }

  async update(id: number, expectedVersion: number | null, c: RequestChanges, now: string): Promise<HelpRequest> {
    let query = this.kysely
      .updateTable("requests")
      .set((eb) => ({
        ...(c.title !== undefined && { title: c.title }),
        ...(c.description !== undefined && { description: c.description }),
        ...(c.tried !== undefined && { tried: c.tried }),
        ...(c.topicId !== undefined && { topic_id: c.topicId }),
        ...(c.mode !== undefined && { mode: c.mode }),
        ...(c.nature !== undefined && { nature: c.nature }),
        ...(c.status !== undefined && { status: c.status }),
        ...(c.urgency !== undefined && { urgency: c.urgency, urgency_rank: URGENCY_RANK[c.urgency] }),
        ...(c.campusId !== undefined && { campus_id: c.campusId }),
        ...(c.device !== undefined && { device: c.device }),
        ...(c.assigneeId !== undefined && { assignee_id: c.assigneeId }),
        ...(c.resolverId !== undefined && { resolver_id: c.resolverId }),
        ...(c.resolutionKind !== undefined && { resolution_kind: c.resolutionKind }),
        ...(c.selfReliance !== undefined && { self_reliance: c.selfReliance }),
        ...(c.satisfaction !== undefined && { satisfaction: c.satisfaction }),
        ...(c.mergedIntoId !== undefined && { merged_into_id: c.mergedIntoId }),
        ...(c.community !== undefined && { community: c.community ? 1 : 0 }),
        ...(c.staffOnly !== undefined && { staff_only: c.staffOnly ? 1 : 0 }),
        ...(c.groupId !== undefined && { group_id: c.groupId }),
        ...(c.mentorId !== undefined && { mentor_id: c.mentorId }),
        ...(c.acceptedMessageId !== undefined && { accepted_message_id: c.acceptedMessageId }),
        ...(c.minutesSpent !== undefined && { minutes_spent: c.minutesSpent }),
        ...(c.firstResponseAt !== undefined && { first_response_at: c.firstResponseAt }),
        ...(c.resolvedAt !== undefined && { resolved_at: c.resolvedAt }),
        ...(c.closedAt !== undefined && { closed_at: c.closedAt }),
        version: eb("version", "+", 1),
        updated_at: now,
      }))
      .where("id", "=", id);
    if (expectedVersion !== null) query = query.where("version", "=", expectedVersion);
    const row = await query.returningAll().executeTakeFirst();
    if (row) return toRequest(row);
    const exists = await this.findById(id);
    if (!exists) throw new AppError("REQUEST_NOT_FOUND", `Request ${id} was not found.`);
    throw new AppError("VERSION_CONFLICT", `Someone changed request ${id} while you were editing (now version ${exists.version}). Reload and try again.`);
  }

  async list(filter: RequestFilter, scope: RequestScope) {
    const offset = decodeOffset(filter.cursor);
    let query = this.kysely.selectFrom("requests").selectAll().where((eb) => inScope(eb, scope));
    if (filter.status?.length) query = query.where("status", "in", filter.status);
    if (filter.topicId !== undefined) query = query.where("topic_id", "=", filter.topicId);
    if (filter.mode) query = query.where("mode", "=", filter.mode);
    if (filter.nature) query = query.where("nature", "=", filter.nature);
    if (filter.campusId !== undefined) query = query.where("campus_id", "=", filter.campusId);
    if (filter.urgency) query = query.where("urgency", "=", filter.urgency);
    if (filter.requesterId !== undefined) query = query.where("requester_id", "=", filter.requesterId);
    if (filter.community !== undefined) query = query.where("community", "=", filter.community ? 1 : 0);
    if (filter.groupId !== undefined) query = query.where("group_id", "=", filter.groupId);
    if (filter.assignee === "none") query = query.where("assignee_id", "is", null);
    else if (filter.assignee !== undefined) query = query.where("assignee_id", "=", filter.assignee);
    if (filter.q) {
      const pattern = `%${filter.q.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      const op = this.dialect.capabilities.ilike;
      const asId = /^#?(\d{1,9})$/.exec(filter.q.trim());
      query = query.where((eb) =>
        eb.or([
          eb(eb.fn("lower", ["title"]), op, pattern),
          eb(eb.fn("lower", ["description"]), op, pattern),
          ...(asId ? [eb("id", "=", Number(asId[1]))] : []),
        ]),
      );
    }
    switch (filter.sort ?? "newest") {
      case "oldest":
        query = query.orderBy("created_at", "asc").orderBy("id", "asc");
        break;
      case "updated":
        query = query.orderBy("updated_at", "desc").orderBy("id", "desc");
        break;
      case "urgency":
        query = query.orderBy("urgency_rank", "desc").orderBy("created_at", "asc").orderBy("id", "asc");
        break;
      default:
        query = query.orderBy("created_at", "desc").orderBy("id", "desc");
    }
    const rows = await query.limit(filter.limit + 1).offset(offset).execute();
    const items = rows.slice(0, filter.limit).map(toRequest);
    return { items, nextCursor: rows.length > filter.limit ? encodeOffset(offset + filter.limit) : null };
  }

  async accessFacts(personId: number): Promise<AccessFacts> {
    const [topics, skills, groups] = await Promise.all([
      this.kysely.selectFrom("topics").select(["id", "parent_id", "community_audience"]).execute(),
      this.kysely.selectFrom("skills").select("topic_id").where("person_id", "=", personId).execute(),
      this.kysely.selectFrom("group_members").select(["group_id", "role"]).where("person_id", "=", personId).orderBy("group_id").execute(),
    ]);
    return {
      communityTopicIds: communityTopicsFor(
        topics.map((t) => ({ id: t.id, parentId: t.parent_id, communityAudience: t.community_audience as CommunityAudience })),
        skills.map((s) => s.topic_id),
      ),
      groups: groups.map((g) => ({ groupId: g.group_id, role: g.role as GroupRole })),
    };
  }

  async topicTrainingTexts(limit: number): Promise<{ text: string; topicId: number }[]> {
    const rows = await this.kysely
      .selectFrom("requests")
      .select(["title", "description", "topic_id"])
      .where("merged_into_id", "is", null)
      .orderBy("id", "desc")
      .limit(limit)
      .execute();
    return rows.map((r) => ({ text: `${r.title} ${r.title} ${r.description}`, topicId: r.topic_id }));
  }

  async countOpenAssigned(personId: number): Promise<number> {
    const row = await this.kysely
      .selectFrom("requests")
      .select(sql<number>`count(*)`.as("n"))
      .where("assignee_id", "=", personId)
      .where("status", "in", [...OPEN_STATUSES])
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}

/**
 * The SQL form of access.ts's rules for a scope; `accessTo` is the same rule for one request, and the
 * repository tests check both agree.
 */
export function inScope(eb: ExpressionBuilder<Database, "requests">, scope: RequestScope) {
  const hidden = scope.hideStaffOnly ? [eb("staff_only", "=", 0)] : [];
  if (scope.kind === "all") return eb.and(hidden);
  const me = scope.personId;
  const open = [...OPEN_STATUSES];
  const communityTopics = [...(scope.communityTopicIds ?? [])];
  const groupIds = [...(scope.groupIds ?? [])];
  return eb.and([
    ...hidden,
    eb.or([
      eb("requester_id", "=", me),
      eb("assignee_id", "=", me),
      eb("mentor_id", "=", me),
      ...(scope.kind === "helper" ? [eb.and([eb("assignee_id", "is", null), eb("status", "in", open)])] : []),
      ...(communityTopics.length ? [eb.and([eb("community", "=", 1), eb("status", "in", open), eb("topic_id", "in", communityTopics)])] : []),
      ...(groupIds.length ? [eb("group_id", "in", groupIds)] : []),
    ]),
  ]);
}

export function toRequest(row: Selectable<RequestsTable>): HelpRequest {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    tried: row.tried,
    requesterId: row.requester_id,
    topicId: row.topic_id,
    requestedMode: row.requested_mode as Mode,
    mode: row.mode as Mode,
    suggestedMode:
      row.suggested_mode === null
        ? null
        : { mode: row.suggested_mode as Mode, confidence: Number(row.suggested_confidence ?? 0), reasons: JSON.parse(row.suggested_reasons ?? "[]") as string[] },
    nature: row.nature as TopicNature,
    status: row.status as Status,
    urgency: row.urgency as Urgency,
    campusId: row.campus_id,
    device: row.device,
    assigneeId: row.assignee_id,
    resolverId: row.resolver_id,
    resolutionKind: row.resolution_kind as ResolutionKind | null,
    selfReliance: row.self_reliance as SelfReliance | null,
    satisfaction: row.satisfaction,
    mergedIntoId: row.merged_into_id,
    community: row.community === 1,
    staffOnly: row.staff_only === 1,
    groupId: row.group_id,
    mentorId: row.mentor_id,
    acceptedMessageId: row.accepted_message_id,
    minutesSpent: row.minutes_spent,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    firstResponseAt: row.first_response_at,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
  };
}
