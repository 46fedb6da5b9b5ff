import { Anchor, Button, Paper, Stack, Text, Title } from "@mantine/core";
import { IconBulb } from "@tabler/icons-react";
import { Link, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { EnrolButtons } from "./enrol-buttons";
import { TrainingFacts } from "./training-facts";
import { useIdeaFromRequest } from "./ideas.api";
import { useNextTraining } from "./trainings.api";

interface Props {
  request: { id: number; mode: string };
  isRequester: boolean;
}

/** On a request: the next training on its topic (for repeat askers) and, for ideas, "Turn into an idea proposal". */
export function RequestGrowthCard({ request, isRequester }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const next = useNextTraining(request.id, isRequester);
  const toIdea = useIdeaFromRequest(request.id);
  const training = next.data ?? null;
  const offerIdea = isRequester && request.mode === "idea";
  if (!training && !offerIdea) return null;

  return (
    <>
      {training && (
        <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="next-training" data-testid="next-training">
          <Stack gap="xs">
            <Title order={2} size="h4" id="next-training">
              {t("growth.request.nextTraining")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("growth.request.nextTrainingHint")}
            </Text>
            <Anchor component={Link} to={`/growth/trainings/${training.id}`} fw={600}>
              {training.title}
            </Anchor>
            <TrainingFacts training={training} />
            <EnrolButtons training={training} />
          </Stack>
        </Paper>
      )}
      {offerIdea && (
        <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="turn-into-idea">
          <Stack gap="xs">
            <Title order={2} size="h4" id="turn-into-idea">
              {t("growth.request.ideaTitle")}
            </Title>
            <Text size="sm" c="dimmed">
              {t("growth.request.ideaHint")}
            </Text>
            <Button leftSection={<IconBulb size={18} aria-hidden />} loading={toIdea.isPending} onClick={() => toIdea.mutate(undefined, { onSuccess: (idea) => void navigate(`/growth/ideas/${(idea as { id: number }).id}`) })}>
              {t("growth.request.turnIntoIdea")}
            </Button>
            <ErrorAlert error={toIdea.error} />
          </Stack>
        </Paper>
      )}
    </>
  );
}
