import type { ReactNode } from "react";
import { Anchor, Badge, Group, Paper, Stack, Text, Timeline } from "@mantine/core";
import { IconCheck, IconMessage, IconNote, IconPaperclip, IconPoint } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useFormatDate } from "../../app/format-date";
import { attachmentUrl } from "./attachments.api";
import type { Conversation, Message, TimelineEntry } from "./requests.types";
import { isWorthShowing } from "./timeline-text";

interface Props {
  conversation: Conversation;
  describe(entry: TimelineEntry): string;
  /** Extra content under a message (e.g. accepting a community answer). */
  messageFooter?(message: Message): ReactNode;
}

/** One message: a reply, or an internal note marked in yellow. Text stays plain, with its line breaks. */
function MessageBubble({ message, footer }: { message: Message; footer?: ReactNode }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      bg={message.internal ? "sun.0" : undefined}
      style={message.internal ? { borderColor: "var(--mantine-color-sun-4)" } : undefined}
      data-internal={message.internal || undefined}
    >
      <Group gap="xs" mb={4}>
        <Text fw={600} size="sm">
          {message.authorName}
        </Text>
        {message.internal && (
          <Badge color="sun.3" c="sun.9" size="sm" tt="none">
            {t("request.internalBadge")}
          </Badge>
        )}
        <Text size="xs" c="dimmed">
          {formatDate(message.createdAt)}
        </Text>
      </Group>
      <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{message.body}</Text>
      {footer}
    </Paper>
  );
}

/** Messages and events in one line of time, oldest first. */
export function RequestTimeline({ conversation, describe, messageFooter }: Props) {
  const formatDate = useFormatDate();
  const messages = new Map(conversation.messages.map((message) => [message.id, message]));
  const attachments = new Map(conversation.attachments.map((a) => [a.id, a]));
  const shown = new Set<number>();
  const items = conversation.timeline.filter(isWorthShowing).sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);

  return (
    <Timeline bulletSize={26} lineWidth={2} active={items.length} color="scaffold">
      {items.map((entry) => {
        const messageId = typeof entry.data.messageId === "number" ? entry.data.messageId : null;
        const message = messageId === null ? undefined : messages.get(messageId);
        if (entry.type === "request.message_added") {
          if (!message) return null; // an internal note this person may not read
          shown.add(message.id);
          return (
            <Timeline.Item key={entry.id} bullet={message.internal ? <IconNote size={14} aria-hidden /> : <IconMessage size={14} aria-hidden />}>
              <MessageBubble message={message} footer={messageFooter?.(message)} />
            </Timeline.Item>
          );
        }
        const attachmentId = typeof entry.data.attachmentId === "number" ? entry.data.attachmentId : null;
        const attachment = attachmentId === null ? undefined : attachments.get(attachmentId);
        const icon = entry.type === "request.resolved" ? IconCheck : attachment ? IconPaperclip : IconPoint;
        const Icon = icon;
        return (
          <Timeline.Item key={entry.id} bullet={<Icon size={14} aria-hidden />}>
            <Stack gap={0}>
              <Text size="sm" fw={500} data-event={entry.type}>
                {describe(entry)}
              </Text>
              {attachment && (
                <Anchor href={attachmentUrl(attachment)} target="_blank" rel="noopener" size="sm">
                  {attachment.filename}
                </Anchor>
              )}
              <Text size="xs" c="dimmed">
                {entry.actorName ? `${entry.actorName} · ` : ""}
                {formatDate(entry.at)}
              </Text>
            </Stack>
          </Timeline.Item>
        );
      })}
      {conversation.messages
        .filter((message) => !shown.has(message.id) && !items.some((e) => e.data.messageId === message.id))
        .map((message) => (
          <Timeline.Item key={`m${message.id}`} bullet={<IconMessage size={14} aria-hidden />}>
            <MessageBubble message={message} footer={messageFooter?.(message)} />
          </Timeline.Item>
        ))}
    </Timeline>
  );
}
