import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api-client";
import type { Page } from "../../app/api-types";
import type { Article, ArticleChanges, ArticleRequestLink, ArticleSort, ArticleSummary, ArticleVersion, Audience, NewArticle } from "./knowledge.types";

export const ARTICLES_KEY = ["articles"] as const;
const PAGE_SIZE = 20;

export interface ArticleFilter {
  topicId?: number;
  audience?: Audience;
  sort: ArticleSort;
}

/** Articles the person may read, page by page. */
export function useArticleList(filter: ArticleFilter) {
  return useInfiniteQuery({
    queryKey: [...ARTICLES_KEY, "list", filter],
    queryFn: ({ pageParam, signal }) =>
      api<Page<ArticleSummary>>("/articles", { query: { ...filter, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** One article; `countView` asks the server to count this as a person opening it (once per mount). */
export function useArticle(id: number, options: { countView?: boolean; enabled?: boolean } = {}) {
  return useQuery<Article>({
    queryKey: [...ARTICLES_KEY, id],
    queryFn: ({ signal }) => api<Article>(`/articles/${id}`, { query: { view: options.countView || undefined }, signal }),
    enabled: options.enabled !== false && Number.isInteger(id),
    // A refetch on focus would count another view.
    refetchOnWindowFocus: false,
    staleTime: options.countView ? Infinity : undefined,
  });
}

/** Version history, newest first. */
export function useArticleVersions(id: number, enabled = true) {
  return useQuery({
    queryKey: [...ARTICLES_KEY, id, "versions"],
    queryFn: ({ signal }) => api<Page<ArticleVersion>>(`/articles/${id}/versions`, { signal }).then((page) => page.items),
    enabled,
  });
}

/** Requests the article solved, was referenced in or was written from. */
export function useArticleRequests(id: number) {
  return useQuery({
    queryKey: [...ARTICLES_KEY, id, "requests"],
    queryFn: ({ signal }) => api<Page<ArticleRequestLink>>(`/articles/${id}/requests`, { signal }).then((page) => page.items),
  });
}

function useArticleSaved() {
  const queryClient = useQueryClient();
  return (article: Article) => {
    queryClient.setQueryData([...ARTICLES_KEY, article.id], article);
    void queryClient.invalidateQueries({ queryKey: ARTICLES_KEY, predicate: (query) => query.queryKey[1] !== article.id || query.queryKey.length > 2 });
    void queryClient.invalidateQueries({ queryKey: ["search"] });
  };
}

/** Writes a new article. */
export function useCreateArticle() {
  const saved = useArticleSaved();
  return useMutation({
    mutationFn: (input: NewArticle) => api<Article>("/articles", { method: "POST", body: input }),
    onSuccess: saved,
  });
}

/** Edits an article and/or moves its state; answers 409 VERSION_CONFLICT when `version` is stale. */
export function useUpdateArticle(id: number) {
  const saved = useArticleSaved();
  return useMutation({
    mutationFn: (changes: ArticleChanges) => api<Article>(`/articles/${id}`, { method: "PATCH", body: changes }),
    onSuccess: saved,
  });
}

/** Brings back an earlier version as a new one. */
export function useRestoreVersion(id: number) {
  const saved = useArticleSaved();
  return useMutation({
    mutationFn: (input: { version: number; restore: number }) => api<Article>(`/articles/${id}/restore`, { method: "POST", body: input }),
    onSuccess: saved,
  });
}

/** "Did this solve it?" */
export function useArticleFeedback(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (helped: boolean) => api<Article>(`/articles/${id}/feedback`, { method: "POST", body: { helped } }),
    onSuccess: (article) => queryClient.setQueryData([...ARTICLES_KEY, id], article),
  });
}

/** Markdown rendered (and sanitized) by the server exactly as the article will show it. */
export function usePreview(body: string, enabled: boolean) {
  return useQuery<string>({
    queryKey: ["article-preview", body],
    queryFn: ({ signal }) => api<{ html: string }>("/articles/preview", { method: "POST", body: { body }, signal }).then((answer) => answer.html),
    enabled,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}
