import { useMemo } from "react";
import { List, Paper, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconPlant2, IconSparkles } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { ChartPanel } from "./chart-panel";
import { useChartColors } from "./chart-colors";
import { EChart } from "./echart";
import type { EChartsCoreOption } from "./echarts-setup";
import { useFormat } from "./format";
import { useMyGrowth } from "./insights.api";
import type { GrowthMonth } from "./insights.types";

const RESOLVED = ["selfSolved", "guided", "doneFor", "specialistFix"] as const;

/** "My growth": a member's own monthly picture — how they got help and what they learned. Never a score. */
export function MyGrowthPage() {
  const { t } = useTranslation();
  const growth = useMyGrowth();
  const data = growth.data;
  const totals = useMemo(() => sum(data?.months ?? []), [data]);

  return (
    <>
      <PageHeader title={t("myGrowth.title")} description={t("myGrowth.intro")} />
      <Stack gap="lg" maw="60rem">
        <ErrorAlert error={growth.error} />
        {growth.isPending && <Skeleton h={240} radius="lg" />}
        {data && (
          <>
            <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="growth-highlights">
              <Title order={2} size="h4" id="growth-highlights" mb="sm">
                {t("myGrowth.highlights")}
              </Title>
              {data.highlights.length === 0 ? (
                <Text c="dimmed">{t("myGrowth.noHighlights")}</Text>
              ) : (
                <List spacing="xs" icon={<ThemeIcon size={22} radius="xl" variant="light" aria-hidden><IconSparkles size={14} /></ThemeIcon>}>
                  {data.highlights.map((line) => (
                    <List.Item key={line}>{line}</List.Item>
                  ))}
                </List>
              )}
            </Paper>
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
              <Figure label={t("myGrowth.totals.learned")} value={totals.guided + totals.selfSolved} />
              <Figure label={t("myGrowth.totals.couldDoIt")} value={totals.yes + totals.partly} />
              <Figure label={t("myGrowth.totals.skills")} value={data.skills.length} />
            </SimpleGrid>
            <GrowthChart months={data.months} />
            <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="growth-skills">
              <Title order={2} size="h4" id="growth-skills" mb="sm">
                {t("myGrowth.skills")}
              </Title>
              {data.skills.length === 0 ? (
                <Text c="dimmed">{t("myGrowth.noSkills")}</Text>
              ) : (
                <List spacing="xs" icon={<ThemeIcon size={22} radius="xl" variant="light" aria-hidden><IconPlant2 size={14} /></ThemeIcon>}>
                  {data.skills.map((skill) => (
                    <List.Item key={`${skill.at}-${skill.topic}`}>
                      {t(skill.from ? "myGrowth.skillRaised" : "myGrowth.skillNew", { topic: skill.topic, from: skill.from && t(`community.levels.${skill.from}`, { defaultValue: skill.from }), to: t(`community.levels.${skill.to}`, { defaultValue: skill.to }), date: new Date(skill.at).toLocaleDateString() })}
                    </List.Item>
                  ))}
                </List>
              )}
            </Paper>
          </>
        )}
      </Stack>
    </>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder radius="lg" p="md">
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

function GrowthChart({ months }: { months: GrowthMonth[] }) {
  const { t } = useTranslation();
  const palette = useChartColors();
  const format = useFormat();
  const option = useMemo<EChartsCoreOption>(() => {
    const colors = [palette.primary, palette.primaryLight, palette.accentLight, palette.mutedLight];
    return {
      grid: { left: 36, right: 12, top: 56, bottom: 32 },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0, textStyle: { color: palette.text } },
      xAxis: { type: "category", data: months.map((m) => format.month(m.month)) },
      yAxis: { type: "value", minInterval: 1 },
      series: RESOLVED.map((key, index) => ({ name: t(`myGrowth.resolved.${key}`), type: "bar", stack: "resolved", data: months.map((m) => m.resolved[key]), color: colors[index] })),
    };
  }, [months, format, palette, t]);
  const csv = {
    columns: ["month", "asked", ...RESOLVED, "couldDoItYes", "couldDoItPartly", "couldDoItNo", "skillsGained"],
    rows: months.map((m) => [m.month, m.asked.guide + m.asked.idea + m.asked.do, ...RESOLVED.map((k) => m.resolved[k]), m.couldDoItMyself.yes, m.couldDoItMyself.partly, m.couldDoItMyself.no, m.skillsGained]),
  };
  const rows = csv.rows.map(([month, ...rest]) => [format.month(String(month)), ...rest]);
  return (
    <ChartPanel
      testId="chart-growth"
      title={t("myGrowth.chart.title")}
      description={t("myGrowth.chart.description")}
      chart={months.length === 0 ? <Text c="dimmed">{t("myGrowth.empty")}</Text> : <EChart option={option} ariaLabel={t("myGrowth.chart.aria", { months: months.length })} testId="growth" />}
      csv={csv}
      rows={rows}
      filename="my-growth.csv"
    />
  );
}

function sum(months: GrowthMonth[]) {
  const total = { selfSolved: 0, guided: 0, doneFor: 0, specialistFix: 0, yes: 0, partly: 0, no: 0 };
  for (const m of months) {
    for (const key of RESOLVED) total[key] += m.resolved[key];
    total.yes += m.couldDoItMyself.yes;
    total.partly += m.couldDoItMyself.partly;
    total.no += m.couldDoItMyself.no;
  }
  return total;
}
