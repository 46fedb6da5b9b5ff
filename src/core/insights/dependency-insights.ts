import type { Actor, PersonKind } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import type { DependencyReport, InsightRecord } from "./report.types.js";
import { createReportAccumulator } from "./report/index.js";

/**
 * The dependency dashboard (DESIGN.md "Insight metrics"): the report for a window and the previous window of
 * equal length, the people behind the concentration figures (named only where the viewer may see names), and
 * the school's privacy setting for leaders.
 */

const DAY = 86_400_000;
/** Repeat history: a request counts as a repeat when its requester asked on the topic in the previous 90 days. */
export const REPEAT_WINDOW_DAYS = 90;
const MAX_WINDOW = 5 * 366 * DAY;
const DEFAULT_MONTHS = 12;
export const SHOW_NAMES_SETTING = "insights.show_names";

export interface InsightFilter {
  /** Campus and topic ids; a topic includes its subtopics. */
  campusId: number | null;
  topicId: number | null;
}

/** A record with the ids the drill-down needs (the report itself only sees the string keys). */
export interface SourcedRecord extends InsightRecord {
  requesterId: number | null;
  helperId: number | null;
}

export interface DeflectionCounts {
  total: number;
  /** Keyed by YYYY-MM in the given time zone. */
  byMonth: Map<string, number>;
}

export interface InsightPerson {
  id: number;
  name: string;
  kind: PersonKind;
  campusName: string | null;
  isTech: boolean;
}

/** What the insights read from the database (src/db/insights/insight-records.repository.ts). */
export interface InsightSource {
  /** Requests created or resolved in `[since, to)`, in pages, keyset by id. */
  records(filter: InsightFilter & { since: string; to: string }): AsyncIterable<SourcedRecord>;
  deflections(filter: InsightFilter & { from: string; to: string; timeZone: string }): Promise<DeflectionCounts>;
  /** The campus's zone when given, else the first campus's, else UTC; null when the campus doesn't exist. */
  timeZone(campusId: number | null): Promise<string | null>;
  topicExists(topicId: number): Promise<boolean>;
  people(ids: readonly number[]): Promise<InsightPerson[]>;
}

export interface InsightSettingsStore {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

export interface InsightQuery extends Partial<InsightFilter> {
  from?: string;
  to?: string;
}

export interface InsightWindow extends InsightFilter {
  from: Date;
  to: Date;
  timeZone: string;
}

const VIEWERS = ["leader", "tech", "admin"] as const;

/** Leaders, tech and admins see insights; everyone else gets FORBIDDEN. */
export function authorizeInsights(actor: Actor): void {
  if (!actor.roles.some((r) => (VIEWERS as readonly string[]).includes(r))) throw new AppError("FORBIDDEN", "Insights are for leaders and the tech team.");
}

/** Validated window and filters; by default the last 12 months ending now. */
export async function resolveWindow(deps: { source: InsightSource; now: Date }, query: InsightQuery): Promise<InsightWindow> {
  const to = query.to ? new Date(query.to) : new Date(deps.now.getTime() + 1);
  const from = query.from ? new Date(query.from) : monthsBefore(to, DEFAULT_MONTHS);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw new AppError("VALIDATION_FAILED", "`from` and `to` must be ISO dates.");
  if (!(from < to)) throw new AppError("VALIDATION_FAILED", "`from` must come before `to`.");
  if (to.getTime() - from.getTime() > MAX_WINDOW) throw new AppError("VALIDATION_FAILED", "The window may span at most 5 years.");
  const campusId = query.campusId ?? null;
  const topicId = query.topicId ?? null;
  const timeZone = await deps.source.timeZone(campusId);
  if (timeZone === null) throw new AppError("CAMPUS_NOT_FOUND", "No such campus.");
  if (topicId !== null && !(await deps.source.topicExists(topicId))) throw new AppError("TOPIC_NOT_FOUND", "No such topic.");
  return { from, to, timeZone, campusId, topicId };
}

function monthsBefore(date: Date, months: number): Date {
  const d = new Date(date);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/** The window of equal length just before. */
export function previousWindow(w: { from: Date; to: Date }): { from: Date; to: Date } {
  const length = w.to.getTime() - w.from.getTime();
  return { from: new Date(w.from.getTime() - length), to: w.from };
}

/** Whether a record matters to a report on `[from, to)`: created there or in its repeat history, or resolved there. */
function relevant(record: InsightRecord, from: number, to: number): boolean {
  const created = record.created !== null && record.created >= from - REPEAT_WINDOW_DAYS * DAY && record.created < to;
  const resolved = record.resolved !== null && record.resolved >= from && record.resolved < to;
  return created || resolved;
}

/** Strips the ids the report doesn't take, so the engine sees exactly an `InsightRecord`. */
function toInsightRecord(r: SourcedRecord): InsightRecord {
  return {
    requester: r.requester,
    helper: r.helper,
    helperIsTech: r.helperIsTech,
    topic: r.topic,
    created: r.created,
    resolved: r.resolved,
    mode: r.mode,
    nature: r.nature,
    selfReliance: r.selfReliance,
    linked: r.linked,
  };
}

/** The dashboard's numbers for the window and for the previous window of equal length (one pass over the rows). */
export async function dependencyInsights(
  deps: { source: InsightSource; now: Date },
  actor: Actor,
  query: InsightQuery,
): Promise<{ current: DependencyReport; previous: DependencyReport }> {
  const [current, previous] = await reportsFor(deps, actor, query, (w) => [w, previousWindow(w)]);
  return { current: current!, previous: previous! };
}

/** The report for the window alone (the CSV export: no comparison, so the prior period isn't computed). */
export async function dependencyReport(deps: { source: InsightSource; now: Date }, actor: Actor, query: InsightQuery): Promise<DependencyReport> {
  const [current] = await reportsFor(deps, actor, query, (w) => [w]);
  return current!;
}

/** A report for each period derived from the query's window, in its order, from one pass over the records. */
async function reportsFor(
  deps: { source: InsightSource; now: Date },
  actor: Actor,
  query: InsightQuery,
  periodsOf: (window: InsightWindow) => { from: Date; to: Date }[],
): Promise<DependencyReport[]> {
  authorizeInsights(actor);
  const window = await resolveWindow(deps, query);
  const periods = periodsOf(window).map((w) => ({
    from: w.from.getTime(),
    to: w.to.getTime(),
    acc: createReportAccumulator({ from: w.from, to: w.to, timeZone: window.timeZone, repeatWindowDays: REPEAT_WINDOW_DAYS }),
  }));
  const earliest = Math.min(...periods.map((p) => p.from));
  const since = new Date(earliest - REPEAT_WINDOW_DAYS * DAY).toISOString();
  for await (const sourced of deps.source.records({ since, to: window.to.toISOString(), campusId: window.campusId, topicId: window.topicId })) {
    const record = toInsightRecord(sourced);
    for (const p of periods) if (relevant(record, p.from, p.to)) p.acc.add(record);
  }
  return Promise.all(
    periods.map(async (p) => {
      const d = await deps.source.deflections({ from: new Date(p.from).toISOString(), to: new Date(p.to).toISOString(), campusId: window.campusId, topicId: window.topicId, timeZone: window.timeZone });
      return p.acc.finish({ deflections: d.total, deflectionsByMonth: d.byMonth });
    }),
  );
}

export interface DrillDownItem {
  key: string;
  label: string;
  count: number;
  share: number;
}

const KIND_GROUPS: Record<PersonKind, string> = { staff: "Staff", teacher: "Teachers", student: "Students", other: "Other members" };

/** Whether the viewer may see individual names (tech and admin always; leaders only when the school allows). */
export async function maySeeNames(deps: { settings: InsightSettingsStore }, actor: Actor): Promise<boolean> {
  if (actor.roles.some((r) => r === "tech" || r === "admin")) return true;
  return (await deps.settings.get(SHOW_NAMES_SETTING)) === "true";
}

/**
 * The people behind a concentration figure: resolutions per helper or requests per requester in the window.
 * Names only where the viewer may see them; students are never named in a leader's view (always grouped).
 */
export async function insightPeople(
  deps: { source: InsightSource; settings: InsightSettingsStore; now: Date },
  actor: Actor,
  side: "helpers" | "requesters",
  query: InsightQuery,
): Promise<{ items: DrillDownItem[] }> {
  authorizeInsights(actor);
  const window = await resolveWindow(deps, query);
  const from = window.from.getTime();
  const to = window.to.getTime();
  const counts = new Map<number, number>();
  for await (const r of deps.source.records({ since: window.from.toISOString(), to: window.to.toISOString(), campusId: window.campusId, topicId: window.topicId })) {
    const id = side === "helpers" ? (r.resolved !== null && r.resolved >= from && r.resolved < to ? r.helperId : null) : r.created !== null && r.created >= from && r.created < to ? r.requesterId : null;
    if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const people = new Map((await deps.source.people([...counts.keys()])).map((p) => [p.id, p]));
  const privileged = actor.roles.some((r) => r === "tech" || r === "admin");
  const names = await maySeeNames(deps, actor);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const grouped = new Map<string, { label: string; count: number }>();
  for (const [id, count] of counts) {
    const person = people.get(id);
    const named = person && names && (privileged || person.kind !== "student");
    const key = named ? `person:${id}` : groupKey(person, side);
    const label = named ? person.name : groupLabel(person, side);
    const entry = grouped.get(key) ?? { label, count: 0 };
    entry.count += count;
    grouped.set(key, entry);
  }
  const items = [...grouped.entries()]
    .map(([key, g]) => ({ key, label: g.label, count: g.count, share: total ? g.count / total : 0 }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
  return { items };
}

function groupKey(person: InsightPerson | undefined, side: "helpers" | "requesters"): string {
  if (!person) return "group:unknown";
  const role = side === "helpers" && person.isTech ? "tech" : person.kind;
  return `group:${role}:${person.campusName ?? "-"}`;
}

function groupLabel(person: InsightPerson | undefined, side: "helpers" | "requesters"): string {
  if (!person) return "Former members";
  const group = side === "helpers" && person.isTech ? "Tech team" : KIND_GROUPS[person.kind];
  return person.campusName ? `${group}, ${person.campusName}` : group;
}

/** The school's privacy setting for leaders' views; admins only. */
export async function insightSettings(deps: { settings: InsightSettingsStore }, actor: Actor): Promise<{ showNames: boolean }> {
  if (!actor.roles.includes("admin")) throw new AppError("FORBIDDEN", "Only admins manage insight settings.");
  return { showNames: (await deps.settings.get(SHOW_NAMES_SETTING)) === "true" };
}

export async function updateInsightSettings(deps: { settings: InsightSettingsStore }, actor: Actor, input: { showNames: boolean }): Promise<{ showNames: boolean }> {
  if (!actor.roles.includes("admin")) throw new AppError("FORBIDDEN", "Only admins manage insight settings.");
  await deps.settings.set(SHOW_NAMES_SETTING, input.showNames ? "true" : "false");
  return { showNames: input.showNames };
}

/** YYYY-MM of an instant in a zone. */
export function monthFormat(timeZone: string): (at: Date) => string {
  const format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit" });
  return (at) => {
    const parts = format.formatToParts(at);
    return `${parts.find((p) => p.type === "year")!.value}-${parts.find((p) => p.type === "month")!.value}`;
  };
}
