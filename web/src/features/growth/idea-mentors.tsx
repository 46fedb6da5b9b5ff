import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { useTrainingTime } from "./training-time";
import { useIdeaSuggestions, useInviteMentor, useRemoveMentor } from "./ideas.api";
import type { Idea } from "./ideas.types";

/** The idea's mentors, and suggested mentors, articles and trainings (with Invite for the owner). */
export function IdeaMentors({ idea, isOwner }: { idea: Idea; isOwner: boolean }) {
  const { t } = useTranslation();
  const time = useTrainingTime();
  const suggestions = useIdeaSuggestions(idea.id, true);
  const invite = useInviteMentor(idea.id);
  const remove = useRemoveMentor(idea.id);
  const mentorIds = new Set(idea.mentors.map((m) => m.personId));
  const suggested = (suggestions.data?.mentors ?? []).filter((m) => !mentorIds.has(m.personId) && m.personId !== idea.ownerId);

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="idea-mentors">
      <Stack gap="sm">
        <Title order={2} size="h4" id="idea-mentors">
          {t("growth.idea.mentors")}
        </Title>
        {idea.mentors.length === 0 && <Text c="dimmed">{t("growth.idea.noMentors")}</Text>}
        {idea.mentors.map((m) => (
          <Group key={m.personId} justify="space-between" data-testid="idea-mentor">
            <Text>{m.name}</Text>
            {isOwner && (
              <Button size="xs" variant="subtle" color="red" loading={remove.isPending && remove.variables === m.personId} onClick={() => remove.mutate(m.personId)}>
                {t("growth.idea.removeMentor")}
              </Button>
            )}
          </Group>
        ))}
        {suggested.length > 0 && (
          <Stack gap={6}>
            <Text fw={600}>{t("growth.idea.suggestedMentors")}</Text>
            {suggested.map((m) => (
              <Group key={m.personId} justify="space-between" wrap="nowrap" data-testid="suggested-mentor">
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text>{m.name}</Text>
                  {m.reason && (
                    <Text size="xs" c="dimmed">
                      {m.reason}
                    </Text>
                  )}
                </Stack>
                {isOwner && (
                  <Button size="xs" variant="light" style={{ flexShrink: 0 }} loading={invite.isPending && invite.variables === m.personId} onClick={() => invite.mutate(m.personId)}>
                    {t("growth.idea.invite")}
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
        <ErrorAlert error={invite.error ?? remove.error ?? suggestions.error} />
        {(suggestions.data?.articles.length ?? 0) > 0 && (
          <Stack gap={4}>
            <Text fw={600}>{t("growth.idea.suggestedArticles")}</Text>
            <List size="sm">
              {suggestions.data?.articles.map((a) => (
                <List.Item key={a.articleId}>
                  <Anchor component={Link} to={`/knowledge/${a.articleId}`}>
                    {a.title.replace(/[«»]/g, "")}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {(suggestions.data?.trainings.length ?? 0) > 0 && (
          <Stack gap={4}>
            <Text fw={600}>{t("growth.idea.suggestedTrainings")}</Text>
            <List size="sm">
              {suggestions.data?.trainings.map((tr) => (
                <List.Item key={tr.id}>
                  <Anchor component={Link} to={`/growth/trainings/${tr.id}`}>
                    {tr.title}
                  </Anchor>{" "}
                  ({time(tr.startsAt)})
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
