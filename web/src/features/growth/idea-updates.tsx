import { useState, type FormEvent } from "react";
import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Textarea, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { useFormatDate } from "../../app/format-date";
import { useIdeaUpdates, usePostUpdate } from "./ideas.api";
import type { IdeaUpdate } from "./ideas.types";

/** Check-ins and comments, oldest first, with a box to add one. */
export function IdeaUpdates({ ideaId, canCheckIn }: { ideaId: number; canCheckIn: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const updates = useIdeaUpdates(ideaId);
  const post = usePostUpdate(ideaId);
  const [kind, setKind] = useState<IdeaUpdate["kind"]>("comment");
  const [body, setBody] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    post.mutate({ kind: canCheckIn ? kind : "comment", body: body.trim() }, { onSuccess: () => setBody("") });
  };

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="idea-updates">
      <Stack gap="sm">
        <Title order={2} size="h4" id="idea-updates">
          {t("growth.idea.updates")}
        </Title>
        <ErrorAlert error={updates.error} />
        {updates.data?.length === 0 && <Text c="dimmed">{t("growth.idea.noUpdates")}</Text>}
        {(updates.data ?? []).map((u) => (
          <Stack key={u.id} gap={2} component="article">
            <Group gap="xs">
              <Text fw={600} size="sm">
                {u.authorName}
              </Text>
              {u.kind === "check_in" && (
                <Badge size="sm" variant="light" tt="none">
                  {t("growth.idea.checkIn")}
                </Badge>
              )}
              <Text size="xs" c="dimmed">
                {formatDate(u.createdAt)}
              </Text>
            </Group>
            <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{u.body}</Text>
          </Stack>
        ))}
        <form onSubmit={submit}>
          <Stack gap="xs">
            {canCheckIn && (
              <SegmentedControl size="xs" value={kind} onChange={(v) => setKind(v as IdeaUpdate["kind"])} data={[{ value: "comment", label: t("growth.idea.comment") }, { value: "check_in", label: t("growth.idea.checkIn") }]} style={{ alignSelf: "flex-start" }} />
            )}
            <Textarea label={t("growth.idea.writeUpdate")} autosize minRows={2} maxRows={8} maxLength={5000} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
            <ErrorAlert error={post.error} />
            <Group>
              <Button type="submit" loading={post.isPending} disabled={!body.trim()}>
                {t("growth.idea.post")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}
