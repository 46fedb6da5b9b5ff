import { useState, type FormEvent } from "react";
import { Button, Checkbox, Group, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { useAddMilestone, useUpdateMilestone } from "./ideas.api";
import type { Idea } from "./ideas.types";

/** Milestones: the owner (and mentors) add them and tick them done. */
export function IdeaMilestones({ idea, canEdit }: { idea: Idea; canEdit: boolean }) {
  const { t } = useTranslation();
  const add = useAddMilestone(idea.id);
  const update = useUpdateMilestone(idea.id);
  const [title, setTitle] = useState("");
  const [dueOn, setDueOn] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    add.mutate({ title: title.trim(), dueOn: dueOn || null }, { onSuccess: () => { setTitle(""); setDueOn(""); } });
  };

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="idea-milestones">
      <Stack gap="sm">
        <Title order={2} size="h4" id="idea-milestones">
          {t("growth.idea.milestones")}
        </Title>
        {idea.milestones.length === 0 && <Text c="dimmed">{t("growth.idea.noMilestones")}</Text>}
        {idea.milestones.map((m) => (
          <Checkbox
            key={m.id}
            checked={m.done}
            disabled={!canEdit || update.isPending}
            onChange={(e) => update.mutate({ milestoneId: m.id, done: e.currentTarget.checked })}
            label={m.dueOn ? t("growth.idea.milestoneDue", { title: m.title, date: new Date(m.dueOn).toLocaleDateString() }) : m.title}
            styles={m.done ? { label: { textDecoration: "line-through" } } : undefined}
          />
        ))}
        <ErrorAlert error={update.error ?? add.error} />
        {canEdit && (
          <form onSubmit={submit}>
            <Group align="flex-end" gap="xs">
              <TextInput label={t("growth.idea.milestoneTitle")} maxLength={200} value={title} onChange={(e) => setTitle(e.currentTarget.value)} style={{ flex: 1, minWidth: 180 }} />
              <TextInput type="date" label={t("growth.idea.milestoneDueOn")} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} />
              <Button type="submit" variant="light" loading={add.isPending} disabled={!title.trim()}>
                {t("growth.idea.addMilestone")}
              </Button>
            </Group>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
