import { useState, type FormEvent } from "react";
import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { AppModal } from "../../app/app-modal";
import { ErrorAlert } from "../../app/error-alert";
import { useTopicPaths } from "../requests/topic-paths";
import { ArticlePicker } from "./article-picker";
import { toLocalInput } from "./training-time";
import { useCreateTraining } from "./trainings.api";
import type { TrainingDraft, TrainingMaterial } from "./trainings.types";

interface Props {
  opened: boolean;
  onClose(): void;
  draft?: TrainingDraft;
}

/** Dialog to schedule a training (tech and mentors; the API answers 403 for others, shown inline). */
export function TrainingFormModal({ opened, onClose, draft }: Props) {
  const { t } = useTranslation();
  return (
    <AppModal opened={opened} onClose={onClose} title={t("growth.form.title")} size="lg">
      {opened && <TrainingForm onCancel={onClose} draft={draft ?? {}} />}
    </AppModal>
  );
}

function tomorrowAt(hour: number): string {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  date.setHours(hour, 0, 0, 0);
  return toLocalInput(date);
}

function TrainingForm({ onCancel, draft }: { onCancel(): void; draft: TrainingDraft }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const topics = useTopicPaths();
  const create = useCreateTraining();
  const [topicId, setTopicId] = useState<string | null>(draft.topicId ? String(draft.topicId) : null);
  const [title, setTitle] = useState(draft.title ?? "");
  const [description, setDescription] = useState(draft.description ?? "");
  const [startsAt, setStartsAt] = useState(tomorrowAt(15));
  const [duration, setDuration] = useState<number | string>(60);
  const [place, setPlace] = useState("");
  const [videoUrl, setVideoUrl] = useState("");
  const [capacity, setCapacity] = useState<number | string>(15);
  const [materials, setMaterials] = useState<TrainingMaterial[]>([]);

  const start = new Date(startsAt);
  const valid = !!topicId && !!title.trim() && !Number.isNaN(start.getTime()) && Number(duration) > 0 && Number(capacity) > 0 && (!!place.trim() || !!videoUrl.trim());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!valid) return;
    create.mutate(
      {
        topicId: Number(topicId),
        title: title.trim(),
        description: description.trim(),
        startsAt: start.toISOString(),
        durationMinutes: Number(duration),
        place: place.trim() || null,
        videoUrl: videoUrl.trim() || null,
        capacity: Number(capacity),
        materials: materials.map((m) => m.articleId),
      },
      { onSuccess: (training) => void navigate(`/growth/trainings/${training.id}`) },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack>
        <ErrorAlert error={create.error} />
        <Select label={t("growth.form.topic")} required searchable data={topics.options} value={topicId} onChange={setTopicId} nothingFoundMessage={t("common.nothingFound")} />
        <TextInput label={t("growth.form.trainingTitle")} required maxLength={200} value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-autofocus />
        <Textarea label={t("growth.form.description")} autosize minRows={2} maxRows={8} maxLength={5000} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <TextInput type="datetime-local" label={t("growth.form.startsAt")} required value={startsAt} onChange={(e) => setStartsAt(e.currentTarget.value)} />
          <NumberInput label={t("growth.form.duration")} required min={5} max={600} step={15} value={duration} onChange={setDuration} />
          <NumberInput label={t("growth.form.capacity")} required min={1} max={1000} value={capacity} onChange={setCapacity} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput label={t("growth.form.place")} description={t("growth.form.placeHint")} maxLength={200} value={place} onChange={(e) => setPlace(e.currentTarget.value)} />
          <TextInput type="url" label={t("growth.form.videoUrl")} description={t("growth.form.placeHint")} maxLength={500} value={videoUrl} onChange={(e) => setVideoUrl(e.currentTarget.value)} />
        </SimpleGrid>
        <ArticlePicker value={materials} onChange={setMaterials} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={create.isPending} disabled={!valid}>
            {t("growth.form.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
