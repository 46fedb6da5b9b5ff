import { Alert } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useLocation, useNavigate, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { api, ApiError } from "../../app/api-client";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { PageLoader } from "../../app/page-loader";
import { ForbiddenPage } from "../not-found/forbidden-page";
import { NotFoundPage } from "../not-found/not-found-page";
import { useTopicPaths } from "../requests/topic-paths";
import { ArticleForm, type ArticleDraft } from "./article-form";
import { useArticlePermissions } from "./article-permissions";
import { ARTICLES_KEY, useArticle, useCreateArticle, useUpdateArticle } from "./articles.api";
import type { Article, ArticleChanges } from "./knowledge.types";

/** `/knowledge/new`: write an article. */
export function NewArticlePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const topics = useTopicPaths();
  const can = useArticlePermissions();
  const create = useCreateArticle();
  const submit = ({ note: _note, ...input }: ArticleDraft) =>
    create.mutate(input, { onSuccess: (article) => void navigate(`/knowledge/${article.id}`, { state: { saved: true } }) });
  return (
    <>
      <PageHeader title={t("knowledge.editor.newTitle")} description={t("knowledge.editor.newIntro")} />
      <ArticleForm
        stateOptions={can.creatableStates}
        audiences={can.audiences}
        topicOptions={topics.options}
        saving={create.isPending}
        error={create.error}
        onSubmit={submit}
        onCancel={() => void navigate("/knowledge")}
      />
    </>
  );
}

/** `/knowledge/:id/edit`: improve an article (a new version) and/or move its state. */
export function EditArticlePage() {
  const { id } = useParams();
  const articleId = Number(id);
  const article = useArticle(articleId);
  if (!Number.isInteger(articleId) || (article.error instanceof ApiError && article.error.status === 404)) return <NotFoundPage />;
  if (article.isPending) return <PageLoader />;
  if (!article.data) return <ErrorAlert error={article.error} />;
  return <EditArticle article={article.data} />;
}

/** Only what changed is sent: an unchanged title and body must not add an empty version. */
function changesFrom(article: Article, draft: ArticleDraft, version: number): ArticleChanges {
  const changes: ArticleChanges = { version };
  if (draft.title !== article.title) changes.title = draft.title;
  if (draft.body !== article.body) changes.body = draft.body;
  if ([...draft.topicIds].sort().join() !== [...article.topicIds].sort().join()) changes.topicIds = draft.topicIds;
  if (draft.audience !== article.audience) changes.audience = draft.audience;
  if (draft.state !== article.state) changes.state = draft.state;
  if (draft.note && (changes.title !== undefined || changes.body !== undefined)) changes.note = draft.note;
  return changes;
}

function EditArticle({ article }: { article: Article }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const topics = useTopicPaths();
  const can = useArticlePermissions();
  const update = useUpdateArticle(article.id);
  const captured = (location.state as { captured?: boolean } | null)?.captured;
  if (!can.canEdit(article)) return <ForbiddenPage />;

  const done = (saved: Article) => void navigate(`/knowledge/${saved.id}`, { state: { saved: true } });
  const submit = (draft: ArticleDraft) => {
    const changes = changesFrom(article, draft, article.version);
    if (Object.keys(changes).length === 1) return void navigate(`/knowledge/${article.id}`);
    update.mutate(changes, { onSuccess: done });
  };
  // After a 409: fetch the newest version and save this person's text on top of it (it stays in history).
  const saveOverConflict = async (draft: ArticleDraft) => {
    const latest = await queryClient.fetchQuery({ queryKey: [...ARTICLES_KEY, article.id, "latest"], queryFn: () => api<Article>(`/articles/${article.id}`), staleTime: 0 });
    update.mutate(changesFrom(article, draft, latest.version), { onSuccess: done });
  };

  return (
    <>
      <PageHeader title={t("knowledge.editor.editTitle", { title: article.title })} />
      {captured && (
        <Alert color="teal" variant="light" mb="md" maw="56rem" role="status" title={t("knowledge.editor.capturedTitle")}>
          {t("knowledge.editor.capturedBody")}
        </Alert>
      )}
      <ArticleForm
        article={article}
        stateOptions={[article.state, ...can.movesFrom(article.state)]}
        audiences={can.audiences}
        topicOptions={topics.options}
        saving={update.isPending}
        error={update.error}
        onSaveOverConflict={(draft) => void saveOverConflict(draft)}
        revalidationNote={!can.isTech && article.state === "validated"}
        onSubmit={submit}
        onCancel={() => void navigate(`/knowledge/${article.id}`)}
      />
    </>
  );
}
