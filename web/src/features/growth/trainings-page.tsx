import { useMemo, useState } from "react";
import { Button, Group, Select, SimpleGrid, Stack, Switch, Text, Title } from "@mantine/core";
import { IconBulb, IconPlus } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { useAuth } from "../../app/auth-context";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { PageLoader } from "../../app/page-loader";
import { useTopicPaths } from "../requests/topic-paths";
import { CalendarFeed } from "./calendar-feed";
import { TrainingCard } from "./training-card";
import { TrainingFormModal } from "./training-form-modal";
import { useTrainings } from "./trainings.api";
import type { Training } from "./trainings.types";
import { useCanSchedule } from "./use-can-schedule";

/** `/growth/trainings`: upcoming trainings by date, with a topic filter and the schedule form. */
export function TrainingsPage() {
  const { t, i18n } = useTranslation();
  const { hasRole } = useAuth();
  const canSchedule = useCanSchedule();
  const topics = useTopicPaths();
  const [topicId, setTopicId] = useState<string | null>(null);
  const [mine, setMine] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [from] = useState(() => new Date(Date.now() - 12 * 3600_000).toISOString());
  const trainings = useTrainings({ topicId: topicId ? Number(topicId) : undefined, from, mine });

  const days = useMemo(() => groupByDay(trainings.data?.items ?? [], i18n.language), [trainings.data, i18n.language]);

  return (
    <>
      <PageHeader
        title={t("growth.trainings.title")}
        description={t("growth.trainings.intro")}
        actions={
          <Group gap="xs">
            {hasRole("tech", "admin") && (
              <Button variant="default" component={Link} to="/growth/proposed" leftSection={<IconBulb size={18} aria-hidden />}>
                {t("growth.proposed.title")}
              </Button>
            )}
            {canSchedule && (
              <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setScheduling(true)}>
                {t("growth.trainings.schedule")}
              </Button>
            )}
          </Group>
        }
      />
      <Stack gap="lg">
        <Group align="flex-end" gap="md">
          <Select label={t("growth.trainings.topicFilter")} placeholder={t("growth.trainings.allTopics")} searchable clearable data={topics.options} value={topicId} onChange={setTopicId} w={{ base: "100%", xs: 320 }} />
          <Switch label={t("growth.trainings.mineOnly")} checked={mine} onChange={(e) => setMine(e.currentTarget.checked)} mb={8} />
        </Group>
        <ErrorAlert error={trainings.error} />
        {trainings.isPending && !trainings.error && <PageLoader />}
        {trainings.data && days.length === 0 && <Text c="dimmed">{t("growth.trainings.none")}</Text>}
        {days.map((day) => (
          <Stack key={day.key} gap="sm" component="section" aria-labelledby={`day-${day.key}`}>
            <Title order={2} size="h5" id={`day-${day.key}`} c="dimmed">
              {day.label}
            </Title>
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {day.items.map((training) => (
                <TrainingCard key={training.id} training={training} />
              ))}
            </SimpleGrid>
          </Stack>
        ))}
        <CalendarFeed />
      </Stack>
      {canSchedule && <TrainingFormModal opened={scheduling} onClose={() => setScheduling(false)} />}
    </>
  );
}

function groupByDay(items: Training[], language: string) {
  const format = new Intl.DateTimeFormat(language, { weekday: "long", day: "numeric", month: "long", year: "numeric" });
  const sorted = [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const days: { key: string; label: string; items: Training[] }[] = [];
  for (const training of sorted) {
    const date = new Date(training.startsAt);
    const key = `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
    let day = days.at(-1);
    if (day?.key !== key) {
      day = { key, label: format.format(date), items: [] };
      days.push(day);
    }
    day.items.push(training);
  }
  return days;
}
