import { useState } from "react";
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconCalendarPlus } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { PageLoader } from "../../app/page-loader";
import { useTopicPaths } from "../requests/topic-paths";
import { TrainingFormModal } from "./training-form-modal";
import { useTrainingTime } from "./training-time";
import { useProposedWorkshops } from "./trainings.api";
import type { TrainingDraft } from "./trainings.types";

/** `/growth/proposed` (tech): topics ranked by repeat requests, with one click to schedule a training. */
export function ProposedPage() {
  const { t } = useTranslation();
  const proposed = useProposedWorkshops();
  const topics = useTopicPaths();
  const time = useTrainingTime();
  const [draft, setDraft] = useState<TrainingDraft | null>(null);

  return (
    <>
      <PageHeader title={t("growth.proposed.title")} description={t("growth.proposed.intro")} />
      <ErrorAlert error={proposed.error} />
      {proposed.isPending && !proposed.error && <PageLoader />}
      {proposed.data && proposed.data.length === 0 && <Text c="dimmed">{t("growth.proposed.none")}</Text>}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {(proposed.data ?? []).map((item) => {
          const name = topics.topic(item.topicId) ? topics.path(item.topicId) : item.topicName;
          return (
            <Paper key={item.topicId} withBorder radius="lg" p="md" component="article" data-testid="proposed-workshop">
              <Stack gap="xs">
                <Title order={2} size="h4">
                  {name}
                </Title>
                <Group gap={6}>
                  <Badge variant="light" tt="none">
                    {t("growth.proposed.people", { count: item.people })}
                  </Badge>
                  <Badge variant="light" color="gray" c="gray.8" tt="none">
                    {t("growth.proposed.requests", { count: item.requests })}
                  </Badge>
                </Group>
                {item.commonPhrasing && (
                  <Text size="sm" c="dimmed">
                    {t("growth.proposed.phrasing", { phrase: item.commonPhrasing, count: item.phrasingCount })}
                  </Text>
                )}
                <Text size="sm">
                  {item.nextTraining ? (
                    <>
                      {t("growth.proposed.next")}{" "}
                      <Anchor component={Link} to={`/growth/trainings/${item.nextTraining.id}`}>
                        {item.nextTraining.title}
                      </Anchor>{" "}
                      ({time(item.nextTraining.startsAt)})
                    </>
                  ) : (
                    t("growth.proposed.noNext")
                  )}
                </Text>
                <Group>
                  <Button size="sm" leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={() => setDraft(item.draft)}>
                    {t("growth.proposed.schedule")}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      <TrainingFormModal opened={draft !== null} onClose={() => setDraft(null)} draft={draft ?? undefined} />
    </>
  );
}
