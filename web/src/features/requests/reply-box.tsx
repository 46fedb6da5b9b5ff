import { useState, type FormEvent } from "react";
import { Button, Group, Paper, Stack, Switch, Textarea } from "@mantine/core";
import { IconSend } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { MentionPicker, type Mention } from "./mention-picker";
import { useAddMessage } from "./request-actions.api";
import { SavedRepliesMenu } from "./saved-replies-menu";

interface Props {
  requestId: number;
  /** The request's topic, so saved replies on it come first; omitted for people who don't use them. */
  savedRepliesTopicId?: number;
  /** Helpers and tech (never the requester) may write internal notes. */
  canWriteInternal: boolean;
  canMention: boolean;
}

/** The reply box under the timeline, with an "Internal note" switch for those who may write one. */
export function ReplyBox({ requestId, canWriteInternal, canMention, savedRepliesTopicId }: Props) {
  const { t } = useTranslation();
  const send = useAddMessage(requestId);
  const [body, setBody] = useState("");
  const [internal, setInternal] = useState(false);
  const [mentions, setMentions] = useState<Mention[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    send.mutate(
      { body: body.trim(), internal, mentions: mentions.map((m) => m.id) },
      {
        onSuccess: () => {
          setBody("");
          setMentions([]);
        },
      },
    );
  };

  return (
    <Paper withBorder radius="lg" p="md" bg={internal ? "sun.0" : undefined} component="form" onSubmit={submit}>
      <Stack gap="sm">
        <ErrorAlert error={send.error} />
        <Textarea
          label={t("request.reply.label")}
          placeholder={internal ? t("request.reply.notePlaceholder") : t("request.reply.placeholder")}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={14}
        />
        {savedRepliesTopicId !== undefined && (
          <SavedRepliesMenu topicId={savedRepliesTopicId} onInsert={(text) => setBody((current) => (current.trim() ? `${current.trimEnd()}\n\n${text}` : text))} />
        )}
        {canMention && <MentionPicker value={mentions} onChange={setMentions} />}
        <Group justify="space-between" gap="sm">
          {canWriteInternal ? (
            <Switch
              label={t("request.reply.internal")}
              description={t("request.reply.internalHint")}
              checked={internal}
              onChange={(e) => setInternal(e.currentTarget.checked)}
              color="sun.6"
            />
          ) : (
            <span />
          )}
          <Button type="submit" leftSection={<IconSend size={18} aria-hidden />} loading={send.isPending} disabled={!body.trim()}>
            {internal ? t("request.reply.sendNote") : t("request.reply.send")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
