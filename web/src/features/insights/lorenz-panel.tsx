import { useMemo } from "react";
import { Button } from "@mantine/core";
import { IconUsers } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ChartPanel } from "./chart-panel";
import { useChartColors } from "./chart-colors";
import { EChart } from "./echart";
import type { EChartsCoreOption } from "./echarts-setup";
import { useFormat } from "./format";
import type { Concentration, Side } from "./insights.types";

interface LorenzPanelProps {
  side: Side;
  concentration: Concentration;
  serverCsvUrl: string;
  onDrillDown: (side: Side) => void;
}

/** The Lorenz curve of one side (helpers or requesters) against the line of perfect equality. */
export function LorenzPanel({ side, concentration, serverCsvUrl, onDrillDown }: LorenzPanelProps) {
  const { t } = useTranslation();
  const colors = useChartColors();
  const format = useFormat();
  const color = side === "helpers" ? colors.primary : colors.accent;
  const title = t(`insights.lorenz.${side}.title`);

  const option = useMemo<EChartsCoreOption>(
    () => ({
      grid: { left: 48, right: 16, top: 32, bottom: 44 },
      tooltip: { trigger: "axis", valueFormatter: (v: number) => format.percent(v) },
      legend: { top: 0, textStyle: { color: colors.text } },
      xAxis: {
        type: "value", min: 0, max: 1, name: t(`insights.lorenz.${side}.x`), nameLocation: "middle", nameGap: 28,
        axisLabel: { formatter: (v: number) => format.percent(v) },
      },
      yAxis: { type: "value", min: 0, max: 1, axisLabel: { formatter: (v: number) => format.percent(v) } },
      series: [
        { name: t(`insights.lorenz.${side}.curve`), type: "line", data: concentration.lorenz, showSymbol: concentration.lorenz.length < 40, color, areaStyle: { opacity: 0.12 } },
        { name: t("insights.lorenz.equality"), type: "line", data: [[0, 0], [1, 1]], showSymbol: false, color: colors.muted, lineStyle: { type: "dashed" }, tooltip: { show: false } },
      ],
    }),
    [concentration.lorenz, color, colors, format, side, t],
  );

  const csv = {
    columns: ["peopleShare", "workShare"],
    rows: concentration.lorenz.map(([x, y]) => [round(x), round(y)]),
  };
  const rows = concentration.lorenz.map(([x, y]) => [format.percent(x), format.percent(y)]);
  const summary = t(`insights.lorenz.${side}.aria`, { n: concentration.n, top: format.percent(concentration.top20Share), gini: format.decimal(concentration.gini) });

  return (
    <ChartPanel
      testId={`chart-lorenz-${side}`}
      title={title}
      description={summary}
      chart={<EChart option={option} ariaLabel={`${title}. ${summary}`} onClick={() => onDrillDown(side)} testId={`lorenz-${side}`} />}
      csv={csv}
      rows={rows}
      filename={`lorenz-${side}.csv`}
      serverCsvUrl={serverCsvUrl}
      actions={
        <Button size="xs" variant="subtle" leftSection={<IconUsers size={14} aria-hidden />} onClick={() => onDrillDown(side)}>
          {t(`insights.load.open.${side}`)}
        </Button>
      }
    />
  );
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
