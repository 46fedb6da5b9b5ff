import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, toQueryString } from "../../app/api-client";
import type { DependencyResponse, InsightQuery, LoadItem, MyGrowth, Side } from "./insights.types";

export const INSIGHTS_KEY = ["insights"] as const;

const asQuery = (query: InsightQuery) => ({ from: query.from, to: query.to, campus: query.campus, topic: query.topic });

/** The dependency report for the window, with the previous window for comparison (leaders, tech, admins). */
export function useDependencyReport(query: InsightQuery) {
  return useQuery({
    queryKey: [...INSIGHTS_KEY, "dependency", query],
    queryFn: ({ signal }) => api<DependencyResponse>("/insights/dependency", { query: asQuery(query), signal }),
    placeholderData: keepPreviousData,
  });
}

/** Who carries the load: resolutions per helper, or requests per requester (names or groups, per privacy). */
export function useLoad(side: Side, query: InsightQuery, enabled: boolean) {
  return useQuery({
    queryKey: [...INSIGHTS_KEY, side, query],
    queryFn: async ({ signal }) => (await api<{ items: LoadItem[] }>(`/insights/${side}`, { query: asQuery(query), signal })).items,
    enabled,
  });
}

/** The server's CSV of the report (monthly figures and the topic table). */
export function reportCsvUrl(query: InsightQuery): string {
  return `/api/v1/insights/dependency.csv${toQueryString(asQuery(query))}`;
}

/** The signed-in person's own monthly picture (every member). */
export function useMyGrowth() {
  return useQuery({
    queryKey: [...INSIGHTS_KEY, "me", "growth"],
    queryFn: ({ signal }) => api<MyGrowth>("/me/growth", { signal }),
  });
}
