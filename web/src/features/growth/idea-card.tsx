import { Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconCopy } from "@tabler/icons-react";
import { Link, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { useTopicPaths } from "../requests/topic-paths";
import { IdeaStatusBadge } from "./idea-status-badge";
import { useCopyIdea } from "./ideas.api";
import type { Idea } from "./ideas.types";

/** One idea in a list; in the gallery it offers "Use as a starting point". */
export function IdeaCard({ idea, gallery = false }: { idea: Idea; gallery?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const topics = useTopicPaths();
  const copy = useCopyIdea();
  return (
    <Paper withBorder radius="lg" p="md" h="100%" component="article" data-testid="idea-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Title order={3} size="h4" style={{ minWidth: 0 }}>
            <Anchor component={Link} to={`/growth/ideas/${idea.id}`} style={{ overflowWrap: "anywhere" }}>
              {idea.title}
            </Anchor>
          </Title>
          <IdeaStatusBadge status={idea.status} />
        </Group>
        <Text size="sm" c="dimmed">
          {t("growth.ideas.by", { name: idea.ownerName })}
          {idea.topicIds.length > 0 && ` · ${idea.topicIds.map((id) => topics.path(id)).join(", ")}`}
        </Text>
        <Text size="sm" lineClamp={3}>
          {idea.pitch}
        </Text>
        {gallery && (
          <Group>
            <Button size="xs" variant="light" leftSection={<IconCopy size={14} aria-hidden />} loading={copy.isPending} onClick={() => copy.mutate(idea.id, { onSuccess: (created) => void navigate(`/growth/ideas/${(created as Idea).id}`) })}>
              {t("growth.ideas.useAsStart")}
            </Button>
          </Group>
        )}
        <ErrorAlert error={copy.error} />
      </Stack>
    </Paper>
  );
}
