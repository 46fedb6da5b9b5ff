import { Button, Group, Stepper, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { useSetIdeaStatus } from "./ideas.api";
import { IDEA_STEPS, type Idea, type IdeaStatus } from "./ideas.types";

/** Where the idea is (`proposed → supported → in_progress → shipped`, or paused); the owner moves it. */
export function IdeaStepper({ idea, canMove }: { idea: Idea; canMove: boolean }) {
  const { t } = useTranslation();
  const setStatus = useSetIdeaStatus(idea.id);
  const index = IDEA_STEPS.indexOf(idea.status as (typeof IDEA_STEPS)[number]);
  const active = idea.status === "shipped" ? IDEA_STEPS.length : index;
  const next = index >= 0 && index < IDEA_STEPS.length - 1 ? IDEA_STEPS[index + 1] : null;
  const move = (status: IdeaStatus) => setStatus.mutate(status);

  return (
    <Stack gap="sm">
      <Stepper active={Math.max(active, 0)} size="sm" aria-label={t("growth.idea.status")} allowNextStepsSelect={false} wrap>
        {IDEA_STEPS.map((step) => (
          <Stepper.Step key={step} label={t(`growth.ideaStatus.${step}`)} />
        ))}
      </Stepper>
      {canMove && (
        <Group gap="xs">
          {idea.status !== "paused" && next && (
            <Button size="sm" loading={setStatus.isPending && setStatus.variables === next} onClick={() => move(next)}>
              {t("growth.idea.moveTo", { status: t(`growth.ideaStatus.${next}`) })}
            </Button>
          )}
          {idea.status === "paused" && (
            <Button size="sm" loading={setStatus.isPending} onClick={() => move("in_progress")}>
              {t("growth.idea.resume")}
            </Button>
          )}
          {idea.status !== "paused" && idea.status !== "shipped" && (
            <Button size="sm" variant="default" loading={setStatus.isPending && setStatus.variables === "paused"} onClick={() => move("paused")}>
              {t("growth.idea.pause")}
            </Button>
          )}
        </Group>
      )}
      <ErrorAlert error={setStatus.error} />
    </Stack>
  );
}
