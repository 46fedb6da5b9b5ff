import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api-client";
import type { Page } from "../../app/api-types";
import { ARTICLES_KEY } from "./articles.api";
import type { Article, LinkedArticle, LinkKind } from "./knowledge.types";

const linksKey = (requestId: number) => ["requests", requestId, "articles"] as const;

/** Articles linked to a request, including those read before asking. */
export function useRequestArticles(requestId: number) {
  return useQuery({
    queryKey: linksKey(requestId),
    queryFn: ({ signal }) => api<Page<LinkedArticle>>(`/requests/${requestId}/articles`, { signal }).then((page) => page.items),
  });
}

/** Links an article to the request being handled. */
export function useLinkArticle(requestId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { articleId: number; kind: "solved_by" | "referenced" }) =>
      api<LinkedArticle>(`/requests/${requestId}/articles`, { method: "POST", body: input }),
    onSuccess: (_link, input) => {
      void queryClient.invalidateQueries({ queryKey: linksKey(requestId) });
      void queryClient.invalidateQueries({ queryKey: [...ARTICLES_KEY, input.articleId, "requests"] });
    },
  });
}

/** Removes a link. */
export function useUnlinkArticle(requestId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { articleId: number; kind: LinkKind }) =>
      api<void>(`/requests/${requestId}/articles/${input.articleId}`, { method: "DELETE", query: { kind: input.kind } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: linksKey(requestId) }),
  });
}

/** Writes a draft article from a resolved request, linked as created_from. */
export function useCaptureArticle(requestId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<Article>(`/requests/${requestId}/capture`, { method: "POST" }),
    onSuccess: (article) => {
      queryClient.setQueryData([...ARTICLES_KEY, article.id], article);
      void queryClient.invalidateQueries({ queryKey: linksKey(requestId) });
    },
  });
}
