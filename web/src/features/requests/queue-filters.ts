import { OPEN_STATUSES, STATUSES, type Status } from "./requests.types";

/** The queue's filters as they appear in its URL (and in saved views). */
export const FILTER_KEYS = ["status", "topicId", "mode", "nature", "campusId", "assignee", "urgency", "q", "sort"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** `status` in the URL: absent means the open ones, `all` means any, else a comma list. */
export function statusesOf(params: URLSearchParams): Status[] {
  const raw = params.get("status");
  if (raw === null) return OPEN_STATUSES;
  if (raw === "all") return [];
  return raw.split(",").filter((s): s is Status => (STATUSES as readonly string[]).includes(s));
}

/** The URL value for a set of statuses (the inverse of `statusesOf`). */
export function statusParam(statuses: Status[]): string | null {
  if (statuses.length === 0) return "all";
  const isOpenSet = statuses.length === OPEN_STATUSES.length && OPEN_STATUSES.every((s) => statuses.includes(s));
  return isOpenSet ? null : statuses.join(",");
}

/** The list API's query for the queue's URL: statuses become repeated `status` keys. */
export function toApiParams(params: URLSearchParams): URLSearchParams {
  const api = new URLSearchParams();
  for (const status of statusesOf(params)) api.append("status", status);
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (key !== "status" && value) api.set(key, value);
  }
  return api;
}

/** The filters to store in a saved view. */
export function viewFilters(params: URLSearchParams): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/** True when any filter other than the default open statuses and sort is set. */
export const hasFilters = (params: URLSearchParams) => FILTER_KEYS.some((key) => key !== "sort" && params.has(key));
