import { Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { useTrainingEffect } from "./trainings.api";
import type { EffectSide } from "./trainings.types";

/** Requests on the topic in the 90 days before vs after, for attendees and everyone else. */
export function TrainingEffect({ trainingId }: { trainingId: number }) {
  const { t } = useTranslation();
  const effect = useTrainingEffect(trainingId, true);
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="training-effect">
      <Stack gap="sm">
        <Title order={2} size="h4" id="training-effect">
          {t("growth.training.effect")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("growth.training.effectHint", { days: effect.data?.windowDays ?? 90 })}
        </Text>
        <ErrorAlert error={effect.error} />
        {effect.data && !effect.data.complete && (
          <Text size="sm" c="dimmed">
            {t("growth.training.effectIncomplete")}
          </Text>
        )}
        {effect.data && (
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Side label={t("growth.training.attendees")} side={effect.data.attendees} />
            <Side label={t("growth.training.nonAttendees")} side={effect.data.nonAttendees} />
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}

function Side({ label, side }: { label: string; side: EffectSide | undefined }) {
  const { t } = useTranslation();
  if (!side) return null;
  return (
    <Paper bg="var(--mantine-color-default-hover)" radius="md" p="sm">
      <Text fw={600}>{label}</Text>
      <Text size="sm" c="dimmed">
        {t("growth.training.people", { count: side.people })}
      </Text>
      <Text size="sm" c="dimmed">
        {t("growth.training.perPerson", { before: side.perPersonBefore.toFixed(1), after: side.perPersonAfter.toFixed(1) })}
      </Text>
      <Text size="lg" fw={700} data-testid="effect-figures">
        {t("growth.training.beforeAfter", { before: side.requestsBefore, after: side.requestsAfter })}
      </Text>
    </Paper>
  );
}
