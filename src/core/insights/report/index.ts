/**
 * The streaming dependency report (DESIGN.md "Insight metrics"): feed `InsightRecord`s one at a time,
 * then `finish()` for the `DependencyReport`. Used by the insights API and `scaffold analyze`.
 */
export { createReportAccumulator, type ReportAccumulator, type ReportExtra, type ReportOptions } from "./report-accumulator.js";
export type { DependencyReport, InsightRecord } from "../report.types.js";
