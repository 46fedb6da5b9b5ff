import { busFactor, concentration, topShare } from "../concentration.js";
import type { Concentration, DependencyReport, InsightRecord, MonthFigures, TopicFigures } from "../report.types.js";
import { monthKeyIn, monthsThrough } from "./month-key.js";
import { countRequest, countResolution, emptyRateCounts, type RateCounts, ratesOf } from "./rate-counts.js";
import { createRepeatTracker } from "./repeat-tracker.js";

/** The window and calendar of one report. */
export interface ReportOptions {
  /** Start of the window `[from, to)`: epoch milliseconds or a Date (finite, within Date's range). */
  from: number | Date;
  to: number | Date;
  /** IANA zone the months are cut in, e.g. "Europe/Paris". */
  timeZone: string;
  /**
   * How far back a same-topic request makes a repeat (DESIGN: 90). Feed records created from
   * `from − repeatWindowDays` on: those before `from` are history only and count in no figure.
   */
  repeatWindowDays?: number;
}

/** Data the records can't carry: suggestion sessions that ended in "this solved it". */
export interface ReportExtra {
  deflections?: number;
  /** Keyed by YYYY-MM in the report's time zone; months missing from the map had none. */
  deflectionsByMonth?: Map<string, number>;
}

export interface ReportAccumulator {
  add(record: InsightRecord): void;
  finish(extra?: ReportExtra): DependencyReport;
}

interface Tally {
  rates: RateCounts;
  /** Resolutions per helper and requests per requester. */
  helpers: Map<string, number>;
  requesters: Map<string, number>;
}

/** A window longer than this many months is open-ended: its trend covers the months with data only. */
const MAX_MONTHS = 1200;
const MONTH_AT_LEAST = 28 * 24 * 60 * 60 * 1000;

/**
 * A streaming report builder for DESIGN.md "Insight metrics". Requests count in the window by their
 * creation time, resolutions by their resolution time. Memory grows with distinct people, topics and
 * months, plus one number per request for the repeat rate (see repeat-tracker.ts).
 */
export function createReportAccumulator(options: ReportOptions): ReportAccumulator {
  const from = +options.from;
  const to = +options.to;
  const monthOf = monthKeyIn(options.timeZone);
  const repeats = createRepeatTracker(options.repeatWindowDays ?? 90);
  const total = emptyTally();
  const months = new Map<string, Tally>();
  const topics = new Map<string, { resolutions: number; helpers: Map<string, number> }>();
  const inWindow = (time: number | null): time is number => time !== null && time >= from && time < to;
  const monthTally = (time: number): Tally => {
    const key = monthOf(time);
    let tally = months.get(key);
    if (!tally) months.set(key, (tally = emptyTally()));
    return tally;
  };

  return {
    add(record) {
      if (record.created !== null && record.created < to && record.requester !== null && record.topic !== null) {
        repeats.add(record.requester, record.topic, record.created);
      }
      if (inWindow(record.created)) {
        const month = monthTally(record.created);
        for (const tally of [total, month]) {
          countRequest(tally.rates, record);
          if (record.requester !== null) increment(tally.requesters, record.requester);
        }
      }
      if (inWindow(record.resolved)) {
        const month = monthTally(record.resolved);
        for (const tally of [total, month]) {
          countResolution(tally.rates, record);
          if (record.helper !== null) increment(tally.helpers, record.helper);
        }
        if (record.topic !== null) {
          let topic = topics.get(record.topic);
          if (!topic) topics.set(record.topic, (topic = { resolutions: 0, helpers: new Map() }));
          topic.resolutions += 1;
          if (record.helper !== null) increment(topic.helpers, record.helper);
        }
      }
    },

    finish(extra = {}) {
      repeats.judge(from, to, (created, repeat) => {
        for (const tally of [total, monthTally(created)]) {
          tally.rates.repeatKnown += 1;
          if (repeat) tally.rates.repeats += 1;
        }
      });
      return {
        from: new Date(from).toISOString(),
        to: new Date(to).toISOString(),
        helpers: concentrationOf(total.helpers),
        requesters: concentrationOf(total.requesters),
        topics: topicFigures(topics),
        rates: ratesOf(total.rates, extra.deflections),
        monthly: windowMonths().map((month) => monthFigures(month, months.get(month) ?? emptyTally(), extra)),
      };
    },
  };

  /** The window's months; for an open-ended window (`scaffold analyze` without --from), the data's. */
  function windowMonths(): string[] {
    if (!(from < to)) return [];
    if ((to - from) / MONTH_AT_LEAST <= MAX_MONTHS) return monthsThrough(monthOf(from), monthOf(to - 1));
    const touched = [...months.keys()].sort();
    return touched.length === 0 ? [] : monthsThrough(touched[0] as string, touched[touched.length - 1] as string);
  }
}

function monthFigures(month: string, tally: Tally, extra: ReportExtra): MonthFigures {
  const deflections = extra.deflectionsByMonth ? (extra.deflectionsByMonth.get(month) ?? 0) : undefined;
  return {
    month,
    requests: tally.rates.requests,
    resolutions: tally.rates.resolutions,
    helpersTop20Share: topShare([...tally.helpers.values()]),
    requestersTop20Share: topShare([...tally.requesters.values()]),
    rates: ratesOf(tally.rates, deflections),
  };
}

function concentrationOf(counts: Map<string, number>): Concentration {
  const figures = concentration([...counts.values()]);
  return { n: figures.n, top20Share: figures.topShare, gini: figures.gini, lorenz: figures.lorenz.map(({ x, y }) => [x, y]) };
}

/** Topics with resolutions in the window, the most fragile (lowest bus factor) first, then the busiest. */
function topicFigures(topics: Map<string, { resolutions: number; helpers: Map<string, number> }>): TopicFigures[] {
  return [...topics.entries()]
    .map(([topic, { resolutions, helpers }]) => ({ topic, busFactor: busFactor([...helpers.values()]), resolutions }))
    .sort((a, b) => a.busFactor - b.busFactor || b.resolutions - a.resolutions || (a.topic < b.topic ? -1 : a.topic > b.topic ? 1 : 0));
}

function emptyTally(): Tally {
  return { rates: emptyRateCounts(), helpers: new Map(), requesters: new Map() };
}

function increment(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
