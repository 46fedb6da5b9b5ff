import { useMemo } from "react";
import { Group, Paper, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { useCampuses } from "../campuses/campuses.api";
import { useTopics } from "../topics/topics.api";
import { PERIOD_PRESETS, type InsightFilters, type Period } from "./use-insight-filters";

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Period (3 / 6 / 12 months or a custom range), campus and topic; every choice lives in the URL. */
export function InsightFiltersBar({ filters, onChange }: { filters: InsightFilters; onChange: (changes: Partial<InsightFilters>) => void }) {
  const { t } = useTranslation();
  const narrow = useMediaQuery("(max-width: 36em)") ?? false;
  const campuses = useCampuses().data ?? [];
  const topics = useTopics(false).data ?? [];
  const topicOptions = useMemo(() => {
    const byId = new Map(topics.map((topic) => [topic.id, topic]));
    return topics
      .map((topic) => {
        const parent = topic.parentId === null ? undefined : byId.get(topic.parentId);
        return { value: String(topic.id), label: parent ? `${parent.name} › ${topic.name}` : topic.name };
      })
      .sort((a, b) => a.label.localeCompare(b.label));
  }, [topics]);

  const choosePeriod = (period: Period) => {
    if (period !== "custom") return onChange({ period });
    const today = new Date();
    const yearAgo = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate() + 1));
    onChange({ period, from: filters.from || isoDay(yearAgo), to: filters.to || isoDay(today) });
  };
  const rangeInvalid = filters.period === "custom" && filters.from !== "" && filters.to !== "" && filters.from > filters.to;

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-label={t("insights.filters.label")}>
      <Stack gap="sm">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="insights-period">
            {t("insights.filters.period")}
          </Text>
          <SegmentedControl
            value={filters.period}
            onChange={(value) => choosePeriod(value as Period)}
            aria-labelledby="insights-period"
            data={[...PERIOD_PRESETS.map((months) => ({ value: months, label: t(narrow ? "insights.filters.monthsShort" : "insights.filters.months", { count: Number(months) }) })), { value: "custom", label: t("insights.filters.custom") }]}
            fullWidth={narrow}
            style={narrow ? undefined : { alignSelf: "flex-start" }}
          />
        </Stack>
        {filters.period === "custom" && (
          <Group gap="sm" grow preventGrowOverflow={false}>
            <TextInput type="date" label={t("insights.filters.from")} value={filters.from} max={filters.to || undefined} onChange={(event) => onChange({ from: event.currentTarget.value })} />
            <TextInput
              type="date"
              label={t("insights.filters.to")}
              value={filters.to}
              min={filters.from || undefined}
              onChange={(event) => onChange({ to: event.currentTarget.value })}
              error={rangeInvalid ? t("insights.filters.rangeInvalid") : undefined}
            />
          </Group>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t("insights.filters.campus")}
            placeholder={t("insights.filters.allCampuses")}
            data={campuses.map((campus) => ({ value: String(campus.id), label: campus.name }))}
            value={filters.campus}
            onChange={(value) => onChange({ campus: value })}
            clearable
            data-testid="filter-campus"
          />
          <Select
            label={t("insights.filters.topic")}
            placeholder={t("insights.filters.allTopics")}
            data={topicOptions}
            value={filters.topic}
            onChange={(value) => onChange({ topic: value })}
            clearable
            searchable
            nothingFoundMessage={t("common.nothingFound")}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
