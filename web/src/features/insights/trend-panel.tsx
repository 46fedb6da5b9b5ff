import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ChartPanel } from "./chart-panel";
import { useChartColors } from "./chart-colors";
import { EChart } from "./echart";
import type { EChartsCoreOption } from "./echarts-setup";
import { useFormat } from "./format";
import type { MonthFigures } from "./insights.types";

/** Monthly support share, avoidable service share and helpers' top-20% share. */
export function TrendPanel({ monthly, serverCsvUrl }: { monthly: MonthFigures[]; serverCsvUrl: string }) {
  const { t } = useTranslation();
  const colors = useChartColors();
  const format = useFormat();
  const title = t("insights.trend.title");

  const series = useMemo(
    () => [
      { key: "support", color: colors.primary, values: monthly.map((m) => m.rates.support) },
      { key: "avoidableService", color: colors.danger, values: monthly.map((m) => m.rates.avoidableService) },
      { key: "helpersTop20", color: colors.accent, values: monthly.map((m) => m.helpersTop20Share) },
    ],
    [monthly, colors],
  );

  const option = useMemo<EChartsCoreOption>(
    () => ({
      grid: { left: 48, right: 16, top: 56, bottom: 32 },
      tooltip: { trigger: "axis", valueFormatter: (v: number | null) => (v === null || v === undefined ? "—" : format.percent(v)) },
      legend: { top: 0, textStyle: { color: colors.text } },
      xAxis: { type: "category", data: monthly.map((m) => format.month(m.month)) },
      yAxis: { type: "value", min: 0, max: 1, axisLabel: { formatter: (v: number) => format.percent(v) } },
      series: series.map((s) => ({ name: t(`insights.trend.${s.key}`), type: "line", data: s.values, color: s.color, connectNulls: false, symbolSize: 6 })),
    }),
    [colors, format, monthly, series, t],
  );

  const csv = {
    columns: ["month", "requests", "supportShare", "avoidableServiceShare", "helpersTop20Share"],
    rows: monthly.map((m) => [m.month, m.requests, m.rates.support, m.rates.avoidableService, m.helpersTop20Share]),
  };
  const pct = (v: number | null) => (v === null ? "—" : format.percent(v));
  const rows = monthly.map((m) => [format.month(m.month), format.integer(m.requests), pct(m.rates.support), pct(m.rates.avoidableService), pct(m.helpersTop20Share)]);

  return (
    <ChartPanel
      testId="chart-trend"
      title={title}
      description={t("insights.trend.description")}
      chart={monthly.length === 0 ? <Empty /> : <EChart option={option} ariaLabel={t("insights.trend.aria", { months: monthly.length })} testId="trend" />}
      csv={csv}
      rows={rows}
      filename="monthly-trend.csv"
      serverCsvUrl={serverCsvUrl}
    />
  );
}

function Empty() {
  const { t } = useTranslation();
  return <p>{t("insights.empty")}</p>;
}
