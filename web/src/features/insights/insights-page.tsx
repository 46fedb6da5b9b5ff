import { useState } from "react";
import { Button, Group, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconDownload, IconUsers } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useFormatDay } from "../../app/format-date";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { BusFactorPanel } from "./bus-factor-panel";
import { HeadlineCards } from "./headline-cards";
import { InsightFiltersBar } from "./insight-filters-bar";
import { reportCsvUrl, useDependencyReport } from "./insights.api";
import type { Side } from "./insights.types";
import { LoadDrawer } from "./load-drawer";
import { LorenzPanel } from "./lorenz-panel";
import { TrendPanel } from "./trend-panel";
import { useInsightFilters } from "./use-insight-filters";

/** The dependency dashboard (leaders, tech, admins): who carries the load, and whether people are learning. */
export function InsightsPage() {
  const { t } = useTranslation();
  const { filters, query, update } = useInsightFilters();
  const report = useDependencyReport(query);
  const [drill, setDrill] = useState<Side | null>(null);
  const csvUrl = reportCsvUrl(query);
  const data = report.data;
  const day = useFormatDay();
  const lastDay = (iso: string) => day(new Date(new Date(iso).getTime() - 1).toISOString());

  return (
    <>
      <PageHeader
        title={t("insights.title")}
        description={t("insights.intro")}
        actions={
          <Group gap="xs">
            <Button variant="light" leftSection={<IconUsers size={16} aria-hidden />} onClick={() => setDrill("helpers")}>
              {t("insights.load.button")}
            </Button>
            <Button component="a" href={csvUrl} download variant="default" leftSection={<IconDownload size={16} aria-hidden />}>
              {t("insights.csv.download")}
            </Button>
          </Group>
        }
      />
      <Stack gap="lg">
        <InsightFiltersBar filters={filters} onChange={update} />
        <ErrorAlert error={report.error} />
        {report.isPending && <Skeleton h={320} radius="lg" />}
        {data && (
          <Stack gap="lg" style={{ opacity: report.isPlaceholderData ? 0.6 : 1, transition: "opacity 150ms" }} aria-busy={report.isFetching}>
            <section aria-labelledby="insights-headline">
              <Group justify="space-between" align="baseline" mb="sm" gap="xs">
                <Title order={2} size="h3" id="insights-headline">
                  {t("insights.headline")}
                </Title>
                <Text size="sm" c="dimmed" data-testid="insights-window">
                  {t("insights.window", { from: day(data.from), to: lastDay(data.to), previousFrom: day(data.previous.from), previousTo: lastDay(data.previous.to) })}
                </Text>
              </Group>
              <HeadlineCards report={data} />
            </section>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              <LorenzPanel side="helpers" concentration={data.helpers} serverCsvUrl={csvUrl} onDrillDown={setDrill} />
              <LorenzPanel side="requesters" concentration={data.requesters} serverCsvUrl={csvUrl} onDrillDown={setDrill} />
            </SimpleGrid>
            <TrendPanel monthly={data.monthly} serverCsvUrl={csvUrl} />
            <BusFactorPanel topics={data.topics} serverCsvUrl={csvUrl} />
          </Stack>
        )}
      </Stack>
      <LoadDrawer side={drill} query={query} onSide={setDrill} onClose={() => setDrill(null)} />
    </>
  );
}
