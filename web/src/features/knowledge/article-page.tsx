import { Alert, Button, Grid, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { Link, useLocation, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../app/api-client";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { PageLoader } from "../../app/page-loader";
import { NotFoundPage } from "../not-found/not-found-page";
import { useTopicPaths } from "../requests/topic-paths";
import { AudienceBadge, ArticleStateBadge } from "./article-badges";
import { ArticleBody } from "./article-body";
import { ArticleFacts } from "./article-facts";
import { ArticleFeedback } from "./article-feedback";
import { ArticleHistory } from "./article-history";
import { useArticlePermissions } from "./article-permissions";
import { ArticleRequestsCard } from "./article-requests-card";
import { ArticleStateActions } from "./article-state-actions";
import { useArticle, useUpdateArticle } from "./articles.api";
import type { Article } from "./knowledge.types";

/** `/knowledge/:id`: one article (opening it counts a view). Unreadable and missing ones are "not found". */
export function ArticlePage() {
  const { id } = useParams();
  const articleId = Number(id);
  const article = useArticle(articleId, { countView: true });
  if (!Number.isInteger(articleId) || (article.error instanceof ApiError && article.error.status === 404)) return <NotFoundPage />;
  if (article.isPending) return <PageLoader />;
  if (!article.data) return <ErrorAlert error={article.error} />;
  return <ArticleView article={article.data} />;
}

function ArticleView({ article }: { article: Article }) {
  const { t } = useTranslation();
  const location = useLocation();
  const topics = useTopicPaths();
  const can = useArticlePermissions();
  const update = useUpdateArticle(article.id);
  const editable = can.canEdit(article);
  const moves = can.movesFrom(article.state);
  const saved = (location.state as { saved?: boolean } | null)?.saved;
  const readable = article.state === "unvalidated" || article.state === "validated";

  return (
    <>
      <PageHeader
        title={article.title}
        description={
          <Group gap="xs" component="span">
            <ArticleStateBadge state={article.state} size="lg" />
            <AudienceBadge audience={article.audience} size="lg" />
            <Text span c="dimmed">
              {t("knowledge.article.byline", { name: article.authorName ?? t("knowledge.unknownAuthor") })}
            </Text>
          </Group>
        }
        actions={
          editable && (
            <Button component={Link} to={`/knowledge/${article.id}/edit`} variant="default" leftSection={<IconPencil size={18} aria-hidden />}>
              {t("common.edit")}
            </Button>
          )
        }
      />
      {saved && (
        <Alert color="teal" variant="light" mb="md" role="status">
          {t("knowledge.editor.saved")}
        </Alert>
      )}
      {article.state === "draft" && (
        <Alert variant="light" color="gray" mb="md">
          {t("knowledge.article.draftNote")}
        </Alert>
      )}
      {article.state === "archived" && (
        <Alert variant="light" color="gray" mb="md">
          {t("knowledge.article.archivedNote")}
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <Paper withBorder radius="lg" p={{ base: "md", sm: "lg" }} component="article" aria-label={article.title}>
              <ArticleBody html={article.bodyHtml} />
            </Paper>
            {readable && <ArticleFeedback key={article.id} articleId={article.id} />}
            {editable && <ArticleHistory article={article} canRestore={editable} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            {moves.length > 0 && (
              <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="article-actions-title">
                <Stack gap="sm">
                  <Title order={2} size="h4" id="article-actions-title">
                    {t("knowledge.article.actions")}
                  </Title>
                  <ErrorAlert error={update.error} />
                  <ArticleStateActions article={article} moves={moves} update={update} />
                </Stack>
              </Paper>
            )}
            <ArticleFacts article={article} topicPath={topics.path} />
            <ArticleRequestsCard articleId={article.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
