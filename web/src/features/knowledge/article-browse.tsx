import { Button, Center, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { PageLoader } from "../../app/page-loader";
import { ArticleCard } from "./article-card";
import { useArticleList, type ArticleFilter } from "./articles.api";

/** Browsing without a search: articles for the chosen topic and audience, in the chosen order. */
export function ArticleBrowse({ filter, topicPath }: { filter: ArticleFilter; topicPath(id: number): string }) {
  const { t } = useTranslation();
  const list = useArticleList(filter);
  const articles = list.data?.pages.flatMap((page) => page.items) ?? [];
  if (list.isPending) return <PageLoader />;
  return (
    <Stack gap="sm">
      <ErrorAlert error={list.error} />
      {articles.length === 0 ? (
        <Paper withBorder radius="lg" p="lg">
          <Text fw={600}>{t("knowledge.emptyTitle")}</Text>
          <Text c="dimmed" size="sm">
            {t("knowledge.emptyBody")}
          </Text>
        </Paper>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t("knowledge.shown", { count: articles.length })}
          </Text>
          {articles.map((article) => (
            <ArticleCard key={article.id} article={article} topicPath={topicPath} />
          ))}
        </>
      )}
      {list.hasNextPage && (
        <Center>
          <Button variant="light" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t("common.loadMore")}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
