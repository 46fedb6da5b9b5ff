import { useState } from "react";
import { Alert, Button, Group, NumberInput, Paper, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../app/api-client";
import { TOPIC_NATURES, type Campus, type TopicNature } from "../../app/api-types";
import { ErrorAlert } from "../../app/error-alert";
import { REQUESTS_KEY } from "./requests.api";
import { useMergeRequest, useUpdateRequest, type RequestChanges } from "./request-actions.api";
import { MODES, OPEN_STATUSES, URGENCIES, type HelpRequest, type Mode, type Urgency } from "./requests.types";

interface Props {
  request: HelpRequest;
  topicOptions: { value: string; label: string }[];
  campuses: Campus[];
}

interface Draft {
  mode: Mode;
  topicId: string;
  nature: TopicNature;
  campusId: string;
  urgency: Urgency;
}

const draftOf = (r: HelpRequest): Draft => ({ mode: r.mode, topicId: String(r.topicId), nature: r.nature, campusId: r.campusId === null ? "" : String(r.campusId), urgency: r.urgency });

/**
 * Tech and admin: correct mode, topic, nature, campus and urgency, or merge into another request.
 * Sends the version it was based on; when someone else changed it meanwhile, the request reloads and
 * what was chosen here is kept, to check and save again.
 */
export function TriagePanel({ request, topicOptions, campuses }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const update = useUpdateRequest(request.id);
  const merge = useMergeRequest(request.id);
  // Only what this person touched: untouched fields follow the request, even after a reload.
  const [touched, setTouched] = useState<Partial<Draft>>({});
  const [intoId, setIntoId] = useState<number | string>("");
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof Draft>(key: K) => (value: string | null) => {
    setSaved(false);
    setTouched((prev) => ({ ...prev, [key]: value ?? "" }));
  };

  const current = draftOf(request);
  const draft: Draft = { ...current, ...touched };
  const changes: RequestChanges = {};
  if (draft.mode !== current.mode) changes.mode = draft.mode;
  if (draft.topicId !== current.topicId) changes.topicId = Number(draft.topicId);
  if (draft.nature !== current.nature) changes.nature = draft.nature;
  if (draft.campusId !== current.campusId) changes.campusId = draft.campusId ? Number(draft.campusId) : null;
  if (draft.urgency !== current.urgency) changes.urgency = draft.urgency;
  const dirty = Object.keys(changes).length > 0;
  const conflict = update.error instanceof ApiError && update.error.code === "VERSION_CONFLICT";

  const save = () =>
    update.mutate(
      { version: request.version, ...changes },
      {
        onSuccess: () => {
          setTouched({});
          setSaved(true);
        },
        onError: (error) => {
          if (error instanceof ApiError && error.code === "VERSION_CONFLICT") void queryClient.invalidateQueries({ queryKey: [...REQUESTS_KEY, request.id] });
        },
      },
    );

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="triage-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="triage-title">
          {t("request.triage.title")}
        </Title>
        {conflict ? (
          <Alert color="orange" variant="light" role="alert">
            {t("request.triage.conflict")}
          </Alert>
        ) : (
          <ErrorAlert error={update.error} />
        )}
        <SimpleGrid cols={{ base: 1, xs: 2, md: 1 }} spacing="sm">
          <Select label={t("queue.filters.mode")} data={MODES.map((m) => ({ value: m, label: t(`modes.${m}.label`) }))} value={draft.mode} onChange={set("mode")} allowDeselect={false} />
          <Select label={t("requests.fields.topic")} data={topicOptions} value={draft.topicId} onChange={set("topicId")} searchable allowDeselect={false} nothingFoundMessage={t("common.nothingFound")} />
          <Select label={t("requests.fields.nature")} data={TOPIC_NATURES.map((n) => ({ value: n, label: t(`topics.nature.${n}`) }))} value={draft.nature} onChange={set("nature")} allowDeselect={false} />
          <Select
            label={t("requests.fields.campus")}
            data={[{ value: "", label: t("ask.noCampus") }, ...campuses.map((c) => ({ value: String(c.id), label: c.name }))]}
            value={draft.campusId}
            onChange={set("campusId")}
            allowDeselect={false}
          />
          <Select label={t("requests.fields.urgency")} data={URGENCIES.map((u) => ({ value: u, label: t(`urgency.${u}`) }))} value={draft.urgency} onChange={set("urgency")} allowDeselect={false} />
        </SimpleGrid>
        <Group gap="sm">
          <Button onClick={save} disabled={!dirty} loading={update.isPending}>
            {t("request.triage.save")}
          </Button>
          {saved && !dirty && (
            <Text size="sm" c="scaffold.8" role="status">
              {t("request.triage.saved")}
            </Text>
          )}
        </Group>
        {OPEN_STATUSES.includes(request.status) && (
          <Group gap="sm" align="flex-end" wrap="nowrap">
            <NumberInput label={t("request.mergeInto")} value={intoId} onChange={setIntoId} min={1} allowDecimal={false} style={{ flex: 1 }} />
            <Button variant="default" onClick={() => merge.mutate(Number(intoId))} disabled={!intoId} loading={merge.isPending}>
              {t("request.triage.merge")}
            </Button>
          </Group>
        )}
        <ErrorAlert error={merge.error} />
      </Stack>
    </Paper>
  );
}
