import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { useTopicPaths } from "../requests/topic-paths";
import { EnrolButtons } from "./enrol-buttons";
import { TrainingBadges, TrainingFacts } from "./training-facts";
import type { Training } from "./trainings.types";

/** One training in the list. */
export function TrainingCard({ training }: { training: Training }) {
  const { t } = useTranslation();
  const topics = useTopicPaths();
  return (
    <Paper withBorder radius="lg" p="md" component="article" data-testid="training-card" aria-labelledby={`training-${training.id}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
            <Title order={3} size="h4" id={`training-${training.id}`}>
              <Anchor component={Link} to={`/growth/trainings/${training.id}`} style={{ overflowWrap: "anywhere" }}>
                {training.title}
              </Anchor>
            </Title>
            <Text size="sm" c="dimmed">
              {topics.path(training.topicId)}
              {training.facilitatorName && ` · ${t("growth.trainings.by", { name: training.facilitatorName })}`}
            </Text>
          </Stack>
          <TrainingBadges training={training} />
        </Group>
        <TrainingFacts training={training} />
        <EnrolButtons training={training} />
      </Stack>
    </Paper>
  );
}
