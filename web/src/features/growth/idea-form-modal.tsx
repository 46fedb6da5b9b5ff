import { useState, type FormEvent } from "react";
import { Button, Checkbox, Group, MultiSelect, Stack, TextInput, Textarea } from "@mantine/core";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { AppModal } from "../../app/app-modal";
import { ErrorAlert } from "../../app/error-alert";
import { useTopicPaths } from "../requests/topic-paths";
import { useCreateIdea } from "./ideas.api";
import { IDEA_SUPPORT, type IdeaSupport } from "./ideas.types";

/** Dialog to propose an idea; opens it when done. */
export function IdeaFormModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t("growth.ideaForm.title")} size="lg">
      {opened && <IdeaForm onCancel={onClose} />}
    </AppModal>
  );
}

function IdeaForm({ onCancel }: { onCancel(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const topics = useTopicPaths();
  const create = useCreateIdea();
  const [title, setTitle] = useState("");
  const [pitch, setPitch] = useState("");
  const [goals, setGoals] = useState("");
  const [timeline, setTimeline] = useState("");
  const [support, setSupport] = useState<IdeaSupport[]>([]);
  const [topicIds, setTopicIds] = useState<string[]>([]);
  const valid = !!title.trim() && !!pitch.trim();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    create.mutate(
      { title: title.trim(), pitch: pitch.trim(), goals: goals.trim(), timeline: timeline.trim(), support, topicIds: topicIds.map(Number) },
      { onSuccess: (idea) => void navigate(`/growth/ideas/${(idea as { id: number }).id}`) },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack>
        <ErrorAlert error={create.error} />
        <TextInput label={t("growth.ideaForm.ideaTitle")} placeholder={t("growth.ideaForm.ideaTitlePlaceholder")} required maxLength={200} value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-autofocus />
        <Textarea label={t("growth.ideaForm.pitch")} description={t("growth.ideaForm.pitchHint")} required autosize minRows={3} maxRows={8} maxLength={5000} value={pitch} onChange={(e) => setPitch(e.currentTarget.value)} />
        <Textarea label={t("growth.ideaForm.goals")} description={t("growth.ideaForm.goalsHint")} autosize minRows={2} maxRows={6} maxLength={5000} value={goals} onChange={(e) => setGoals(e.currentTarget.value)} />
        <TextInput label={t("growth.ideaForm.timeline")} placeholder={t("growth.ideaForm.timelinePlaceholder")} maxLength={500} value={timeline} onChange={(e) => setTimeline(e.currentTarget.value)} />
        <Checkbox.Group label={t("growth.ideaForm.support")} value={support} onChange={(values) => setSupport(values as IdeaSupport[])}>
          <Group mt="xs">
            {IDEA_SUPPORT.map((kind) => (
              <Checkbox key={kind} value={kind} label={t(`growth.support.${kind}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <MultiSelect label={t("growth.ideaForm.topics")} searchable clearable data={topics.options} value={topicIds} onChange={setTopicIds} nothingFoundMessage={t("common.nothingFound")} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending} disabled={!valid}>
            {t("growth.ideaForm.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
