import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import type { InsightQuery } from "./insights.types";

export const PERIOD_PRESETS = ["3", "6", "12"] as const;
export type Period = (typeof PERIOD_PRESETS)[number] | "custom";

export interface InsightFilters {
  period: Period;
  /** Custom range as YYYY-MM-DD (inclusive `to`). */
  from: string;
  to: string;
  campus: string | null;
  topic: string | null;
}

const DAY = 86_400_000;
const isDate = (value: string | null): value is string => value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value);
const isId = (value: string | null): value is string => value !== null && /^[1-9]\d{0,9}$/.test(value);

/** Start of tomorrow (UTC): a stable end for the preset windows, so the query key holds for the day. */
function endOfToday(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
}

/** The window `[from, to)` as ISO instants for the filters. */
export function toInsightQuery(filters: InsightFilters): InsightQuery {
  const query: InsightQuery = {};
  if (filters.period === "custom" && isDate(filters.from) && isDate(filters.to) && filters.from <= filters.to) {
    query.from = new Date(`${filters.from}T00:00:00Z`).toISOString();
    query.to = new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + DAY).toISOString();
  } else {
    const months = filters.period === "custom" ? 12 : Number(filters.period);
    const to = endOfToday();
    query.to = to.toISOString();
    query.from = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - months, to.getUTCDate())).toISOString();
  }
  if (filters.campus) query.campus = Number(filters.campus);
  if (filters.topic) query.topic = Number(filters.topic);
  return query;
}

/** The dashboard's filters, kept in the URL (`?period=6&campus=1&topic=4`, or `period=custom&from=…&to=…`). */
export function useInsightFilters() {
  const [params, setParams] = useSearchParams();
  const period = params.get("period");
  const filters: InsightFilters = useMemo(
    () => ({
      period: period === "custom" || PERIOD_PRESETS.includes(period as (typeof PERIOD_PRESETS)[number]) ? (period as Period) : "12",
      from: isDate(params.get("from")) ? (params.get("from") as string) : "",
      to: isDate(params.get("to")) ? (params.get("to") as string) : "",
      campus: isId(params.get("campus")) ? params.get("campus") : null,
      topic: isId(params.get("topic")) ? params.get("topic") : null,
    }),
    [params, period],
  );
  const query = useMemo(() => toInsightQuery(filters), [filters]);

  const update = useCallback(
    (changes: Partial<InsightFilters>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value === null || value === "" || (key === "period" && value === "12")) next.delete(key);
            else next.set(key, String(value));
          }
          if (next.get("period") !== "custom") {
            next.delete("from");
            next.delete("to");
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return { filters, query, update };
}
