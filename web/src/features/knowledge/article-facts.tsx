import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFormatDate } from "../../app/format-date";
import { ArticleStateBadge } from "./article-badges";
import type { Article } from "./knowledge.types";
import { Fact } from "../../app/fact";

/** Who wrote it, for whom, its state, topics, and how much it was used. */
export function ArticleFacts({ article, topicPath }: { article: Article; topicPath(id: number): string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="article-facts-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="article-facts-title">
          {t("knowledge.article.about")}
        </Title>
        <Fact label={t("knowledge.fields.state")}>
          <Group gap={6}>
            <ArticleStateBadge state={article.state} />
            {article.validatedAt && <Text size="xs" c="dimmed">{t("knowledge.article.validatedOn", { date: formatDate(article.validatedAt) })}</Text>}
          </Group>
        </Fact>
        <Fact label={t("knowledge.fields.audience")}>{t(`knowledge.audience.${article.audience}`)}</Fact>
        <Fact label={t("knowledge.fields.topics")}>{article.topicIds.length ? article.topicIds.map(topicPath).join(", ") : t("knowledge.article.noTopics")}</Fact>
        <Fact label={t("knowledge.fields.author")}>{article.authorName ?? t("knowledge.unknownAuthor")}</Fact>
        <Fact label={t("knowledge.fields.usage")}>
          {t("knowledge.views", { count: article.views })} · {t("knowledge.helpedCount", { count: article.helpedCount })}
        </Fact>
        <Fact label={t("knowledge.fields.updated")}>{t("knowledge.article.versionOn", { version: article.version, date: formatDate(article.updatedAt) })}</Fact>
      </Stack>
    </Paper>
  );
}
