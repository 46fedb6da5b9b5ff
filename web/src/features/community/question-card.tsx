import { useState, type FormEvent } from "react";
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Textarea } from "@mantine/core";
import { IconMessageReply } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { useMe } from "../../app/auth-context";
import { ErrorAlert } from "../../app/error-alert";
import { useFormatDate } from "../../app/format-date";
import { useAddMessage } from "../requests/request-actions.api";
import type { CommunityQuestion } from "./community.api";

/** One question in the feed: what is asked, by whom, how many answers, and an inline answer box. */
export function QuestionCard({ question, topicPath }: { question: CommunityQuestion; topicPath: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const formatDate = useFormatDate();
  const answer = useAddMessage(question.id);
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState("");
  const [sent, setSent] = useState(false);
  const answers = question.answerCount ?? question.answers ?? 0;
  const own = question.requesterId === me.id;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    answer.mutate(
      { body: body.trim(), internal: false, mentions: [] },
      {
        onSuccess: () => {
          setBody("");
          setOpen(false);
          setSent(true);
        },
      },
    );
  };

  return (
    <Paper withBorder radius="lg" p="md" component="article" aria-labelledby={`question-${question.id}`}>
      <Stack gap="xs">
        <Anchor component={Link} to={`/requests/${question.id}`} fw={600} size="lg" id={`question-${question.id}`} style={{ overflowWrap: "anywhere" }}>
          {question.title}
        </Anchor>
        <Group gap="xs">
          <Badge variant="light" tt="none" c="scaffold.8">
            {topicPath}
          </Badge>
          <Text size="sm" c="dimmed">
            {t("community.questions.meta", { name: question.requesterName, date: formatDate(question.createdAt) })} · {t("community.questions.answers", { count: answers })}
          </Text>
        </Group>
        {question.description && (
          <Text lineClamp={3} style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
            {question.description}
          </Text>
        )}
        {sent && (
          <Text size="sm" c="scaffold.8" role="status">
            {t("community.questions.sent")}
          </Text>
        )}
        {!own && !open && (
          <Group gap="sm">
            <Button variant="light" size="sm" leftSection={<IconMessageReply size={16} aria-hidden />} onClick={() => setOpen(true)}>
              {t("community.questions.answer")}
            </Button>
          </Group>
        )}
        {open && (
          <form onSubmit={submit}>
            <Stack gap="xs">
              <ErrorAlert error={answer.error} />
              <Textarea
                label={t("community.questions.yourAnswer")}
                description={t("community.questions.answerHint")}
                value={body}
                onChange={(e) => setBody(e.currentTarget.value)}
                autosize
                minRows={3}
                maxRows={10}
                data-autofocus
              />
              <Group gap="sm" justify="flex-end">
                <Button variant="default" onClick={() => setOpen(false)}>
                  {t("common.cancel")}
                </Button>
                <Button type="submit" disabled={!body.trim()} loading={answer.isPending}>
                  {t("community.questions.send")}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
