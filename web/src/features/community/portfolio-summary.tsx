import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Portfolio } from "./groups.types";

/** Minutes as hours with at most one decimal, in the person's language. */
export function useHours(): (minutes: number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  return (minutes) => format.format(minutes / 60);
}

/** The headline figures of a portfolio: counts, hours, topics and outcomes. */
export function PortfolioSummary({ portfolio }: { portfolio: Portfolio }) {
  const { t } = useTranslation();
  const hours = useHours();
  const outcomes = Object.entries(portfolio.resolutionKinds).sort((a, b) => b[1] - a[1]);
  const reliance = Object.entries(portfolio.selfReliance).sort((a, b) => b[1] - a[1]);
  const stats = [
    { label: t("community.portfolio.resolved"), value: String(portfolio.resolvedCount) },
    { label: t("community.portfolio.answered"), value: String(portfolio.answeredCount) },
    { label: t("community.portfolio.hours"), value: hours(portfolio.minutesSpent) },
  ];

  return (
    <Stack gap="md">
      <SimpleGrid cols={3} spacing="sm" component="dl" m={0}>
        {stats.map((stat) => (
          <Paper key={stat.label} withBorder radius="md" p="sm">
            <Text component="dt" size="xs" c="dimmed" fw={600} tt="uppercase">
              {stat.label}
            </Text>
            <Text component="dd" m={0} fz="xl" fw={700} data-stat={stat.label}>
              {stat.value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Stack gap={6}>
        <Title order={3} size="h5">
          {t("community.portfolio.topics")}
        </Title>
        {portfolio.topics.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("community.portfolio.noTopics")}
          </Text>
        ) : (
          <Group gap={6}>
            {portfolio.topics.map((topic) => (
              <Badge key={topic.topicId} variant="light" tt="none" size="lg" fw={500} c="scaffold.8">
                {t("community.portfolio.topicCount", { topic: topic.topicName, count: topic.count })}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
      {(outcomes.length > 0 || reliance.length > 0) && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t("community.portfolio.outcomes")}
            </Title>
            {outcomes.map(([kind, count]) => (
              <Text size="sm" key={kind}>
                {t("community.portfolio.countItem", { label: t(`resolution.${kind}.label`, { defaultValue: kind }), count })}
              </Text>
            ))}
          </Stack>
          <Stack gap={4}>
            <Title order={3} size="h5">
              {t("community.portfolio.selfReliance")}
            </Title>
            {reliance.map(([kind, count]) => (
              <Text size="sm" key={kind}>
                {t("community.portfolio.countItem", { label: t(`selfReliance.${kind}`, { defaultValue: kind }), count })}
              </Text>
            ))}
          </Stack>
        </SimpleGrid>
      )}
    </Stack>
  );
}
