import { useState } from "react";
import { Button, Card, Group, Modal, Select, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { type SavedReply, useDeleteReply, useSavedReplies, useSaveReply } from "./saved-replies.api";
import { useTopicPaths } from "./topic-paths";

/** Tech curates the team's saved replies: canned answers for common cases, with links to articles. */
export function SavedRepliesPage() {
  const { t } = useTranslation();
  const replies = useSavedReplies();
  const topics = useTopicPaths();
  const remove = useDeleteReply();
  const [editing, setEditing] = useState<Partial<SavedReply> | null>(null);

  return (
    <>
      <PageHeader
        title={t("savedReplies.title")}
        description={t("savedReplies.intro")}
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing({ title: "", body: "", topicId: null })}>
            {t("savedReplies.add")}
          </Button>
        }
      />
      <ErrorAlert error={replies.error ?? remove.error} />
      <Stack gap="sm">
        {replies.data?.length === 0 && <Text c="dimmed">{t("savedReplies.empty")}</Text>}
        {replies.data?.map((reply) => (
          <Card key={reply.id} withBorder radius="lg" padding="md">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Stack gap={4} style={{ minWidth: 0 }}>
                <Text fw={600}>{reply.title}</Text>
                {reply.topicId !== null && (
                  <Text size="xs" c="dimmed">
                    {topics.path(reply.topicId)}
                  </Text>
                )}
                <Text size="sm" style={{ whiteSpace: "pre-wrap" }} lineClamp={4}>
                  {reply.body}
                </Text>
              </Stack>
              <Group gap="xs" wrap="nowrap">
                <Button variant="default" size="compact-sm" onClick={() => setEditing(reply)}>
                  {t("savedReplies.edit")}
                </Button>
                <Button variant="subtle" color="red" size="compact-sm" loading={remove.isPending && remove.variables === reply.id} onClick={() => remove.mutate(reply.id)}>
                  {t("savedReplies.delete")}
                </Button>
              </Group>
            </Group>
          </Card>
        ))}
      </Stack>
      {editing && <ReplyForm initial={editing} topicOptions={topics.options} onClose={() => setEditing(null)} />}
    </>
  );
}

function ReplyForm({ initial, topicOptions, onClose }: { initial: Partial<SavedReply>; topicOptions: { value: string; label: string }[]; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveReply();
  const [title, setTitle] = useState(initial.title ?? "");
  const [body, setBody] = useState(initial.body ?? "");
  const [topicId, setTopicId] = useState<string | null>(initial.topicId ? String(initial.topicId) : null);
  const submit = () =>
    save.mutate({ id: initial.id, title: title.trim(), body: body.trim(), topicId: topicId ? Number(topicId) : null }, { onSuccess: onClose });
  return (
    <Modal opened onClose={onClose} title={initial.id ? t("savedReplies.edit") : t("savedReplies.add")} size="lg">
      <Stack gap="sm">
        <ErrorAlert error={save.error} />
        <TextInput label={t("savedReplies.titleLabel")} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={120} />
        <Select label={t("savedReplies.topicLabel")} data={topicOptions} value={topicId} onChange={setTopicId} searchable clearable />
        <Textarea label={t("savedReplies.bodyLabel")} description={t("savedReplies.bodyHint")} value={body} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={5} required />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("savedReplies.cancel")}
          </Button>
          <Button onClick={submit} loading={save.isPending} disabled={!title.trim() || !body.trim()}>
            {t("savedReplies.save")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
