import { useMemo } from "react";
import { Alert, Anchor, List } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAuth } from "../../app/auth-context";
import { useTopics } from "../topics/topics.api";
import { ChartPanel } from "./chart-panel";
import { useChartColors } from "./chart-colors";
import { EChart } from "./echart";
import type { EChartsCoreOption } from "./echarts-setup";
import { useFormat } from "./format";
import type { TopicFigures } from "./insights.types";

/** Bus factor per topic as horizontal bars, lowest first; topics at 1 are red ("only one person can answer this"). */
export function BusFactorPanel({ topics, serverCsvUrl }: { topics: TopicFigures[]; serverCsvUrl: string }) {
  const { t } = useTranslation();
  const colors = useChartColors();
  const format = useFormat();
  const sorted = useMemo(() => [...topics].sort((a, b) => a.busFactor - b.busFactor || b.resolutions - a.resolutions), [topics]);
  const flagged = sorted.filter((topic) => topic.busFactor === 1);
  // Drill-down to the requests behind a flagged topic: the queue, for those who may read requests.
  const { hasRole } = useAuth();
  const triager = hasRole("tech", "admin");
  const allTopics = useTopics(true).data;
  const topicIds = useMemo(() => new Map((allTopics ?? []).map((topic) => [topic.name, topic.id])), [allTopics]);
  const title = t("insights.busFactor.title");

  const option = useMemo<EChartsCoreOption>(() => {
    const shown = [...sorted].reverse();
    return {
      grid: { left: 8, right: 40, top: 8, bottom: 24, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: shown.map((topic) => topic.topic), axisLabel: { width: 140, overflow: "truncate" } },
      series: [
        {
          name: t("insights.busFactor.series"),
          type: "bar",
          data: shown.map((topic) => ({ value: topic.busFactor, itemStyle: { color: topic.busFactor === 1 ? colors.danger : colors.primaryMid } })),
          label: { show: true, position: "right" },
          barMaxWidth: 18,
        },
      ],
    };
  }, [colors, sorted, t]);

  const csv = {
    columns: ["topic", "busFactor", "resolutions", "onlyOnePerson"],
    rows: sorted.map((topic) => [topic.topic, topic.busFactor, topic.resolutions, topic.busFactor === 1 ? "yes" : "no"]),
  };
  const rows = sorted.map((topic) => [topic.topic, format.integer(topic.busFactor), format.integer(topic.resolutions), topic.busFactor === 1 ? t("insights.busFactor.flag") : ""]);

  return (
    <ChartPanel
      testId="chart-bus-factor"
      title={title}
      description={t("insights.busFactor.description")}
      chart={
        <>
          {sorted.length === 0 ? (
            <p>{t("insights.empty")}</p>
          ) : (
            <EChart option={option} ariaLabel={t("insights.busFactor.aria", { topics: sorted.length, flagged: flagged.length })} height={Math.max(160, sorted.length * 28 + 40)} testId="bus-factor" />
          )}
          {flagged.length > 0 && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t("insights.busFactor.flaggedTitle", { count: flagged.length })}>
              <List size="sm">
                {flagged.map((topic) => {
                  const id = topicIds.get(topic.topic);
                  return (
                    <List.Item key={topic.topic}>
                      {t("insights.busFactor.flaggedItem", { topic: topic.topic })}
                      {id !== undefined && triager && (
                        <>
                          {" "}
                          <Anchor component={Link} to={`/queue?topicId=${id}&status=resolved&status=closed`}>
                            {t("insights.busFactor.seeRequests")}
                          </Anchor>
                        </>
                      )}
                    </List.Item>
                  );
                })}
              </List>
            </Alert>
          )}
        </>
      }
      csv={csv}
      rows={rows}
      filename="bus-factor.csv"
      serverCsvUrl={serverCsvUrl}
    />
  );
}
