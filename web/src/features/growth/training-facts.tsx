import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import { IconClock, IconMapPin, IconUsers, IconVideo } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useTrainingTime } from "./training-time";
import type { Training } from "./trainings.types";

/** When, where, and how full a training is. */
export function TrainingFacts({ training }: { training: Training }) {
  const { t } = useTranslation();
  const time = useTrainingTime();
  return (
    <Stack gap={4}>
      <Group gap={6} wrap="nowrap">
        <IconClock size={16} aria-hidden />
        <Text size="sm">
          <time dateTime={training.startsAt}>{time(training.startsAt)}</time> · {t("growth.trainings.minutes", { count: training.durationMinutes })}
        </Text>
      </Group>
      {training.place && (
        <Group gap={6} wrap="nowrap">
          <IconMapPin size={16} aria-hidden />
          <Text size="sm" style={{ overflowWrap: "anywhere" }}>
            {training.place}
          </Text>
        </Group>
      )}
      {training.videoUrl && (
        <Group gap={6} wrap="nowrap">
          <IconVideo size={16} aria-hidden />
          <Anchor size="sm" href={training.videoUrl} target="_blank" rel="noreferrer" style={{ overflowWrap: "anywhere" }}>
            {t("growth.trainings.videoLink")}
          </Anchor>
        </Group>
      )}
      <Group gap={6} wrap="nowrap">
        <IconUsers size={16} aria-hidden />
        <Text size="sm" data-testid="training-capacity">
          {t("growth.trainings.capacity", { enrolled: training.enrolled, capacity: training.capacity })}
          {training.waiting > 0 && `, ${t("growth.trainings.waiting", { count: training.waiting })}`}
        </Text>
      </Group>
    </Stack>
  );
}

/** Cancelled, or my place on it. */
export function TrainingBadges({ training }: { training: Training }) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      {training.status === "cancelled" && (
        <Badge color="red" variant="light" tt="none">
          {t("growth.trainings.cancelled")}
        </Badge>
      )}
      {training.myStatus === "enrolled" && (
        <Badge color="teal" variant="light" tt="none">
          {t("growth.trainings.youAreEnrolled")}
        </Badge>
      )}
      {training.myStatus === "waiting" && (
        <Badge color="yellow" c="yellow.9" variant="light" tt="none">
          {t("growth.trainings.youAreWaiting")}
        </Badge>
      )}
    </Group>
  );
}
