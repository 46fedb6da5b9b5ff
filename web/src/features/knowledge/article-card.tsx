import { Anchor, Card, Group, Stack, Text } from "@mantine/core";
import { IconEye, IconThumbUp } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { useFormatDate } from "../../app/format-date";
import { ArticleStateBadge, AudienceBadge } from "./article-badges";
import type { ArticleSummary } from "./knowledge.types";

/** One article in a list: title, excerpt, state and audience, topics, how often it helped. */
export function ArticleCard({ article, topicPath }: { article: ArticleSummary; topicPath(id: number): string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Card withBorder radius="lg" p="md" component="article">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start" wrap="nowrap">
          <Anchor component={Link} to={`/knowledge/${article.id}`} fw={600} fz="lg" style={{ overflowWrap: "anywhere" }}>
            {article.title}
          </Anchor>
          <Group gap={6} wrap="nowrap">
            {article.state !== "validated" && <ArticleStateBadge state={article.state} />}
            <AudienceBadge audience={article.audience} />
          </Group>
        </Group>
        {article.excerpt && (
          <Text size="sm" lineClamp={2}>
            {article.excerpt}
          </Text>
        )}
        <Group gap="md" c="dimmed">
          {article.topicIds.length > 0 && <Text size="sm">{article.topicIds.map(topicPath).join(", ")}</Text>}
          <Group gap={4} wrap="nowrap">
            <IconThumbUp size={16} aria-hidden />
            <Text size="sm">{t("knowledge.helpedCount", { count: article.helpedCount })}</Text>
          </Group>
          <Group gap={4} wrap="nowrap">
            <IconEye size={16} aria-hidden />
            <Text size="sm">{t("knowledge.views", { count: article.views })}</Text>
          </Group>
          <Text size="sm">{t("knowledge.updated", { date: formatDate(article.updatedAt) })}</Text>
        </Group>
      </Stack>
    </Card>
  );
}
