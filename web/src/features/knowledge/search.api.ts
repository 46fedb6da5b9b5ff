import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { api } from "../../app/api-client";
import type { Page } from "../../app/api-types";
import type { Audience, Suggestion } from "./knowledge.types";

/** Ranked article search; off for an empty query. */
export function useSearch(q: string, filter: { topicId?: number; audience?: Audience; limit?: number } = {}) {
  const text = q.trim();
  return useQuery<Suggestion[]>({
    queryKey: ["search", text, filter],
    queryFn: ({ signal }) => api<Page<Suggestion>>("/search", { query: { q: text, ...filter }, signal }).then((page) => page.items),
    enabled: text.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** Articles and similar solved requests for text being typed; off under three characters. */
export function useSuggestions(q: string, limit = 5) {
  const text = q.trim();
  return useQuery<Suggestion[]>({
    queryKey: ["suggestions", text, limit],
    queryFn: ({ signal }) => api<Page<Suggestion>>("/suggestions", { query: { q: text, limit }, signal }).then((page) => page.items),
    enabled: text.length >= 3,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

/** "This solved it" while asking: a deflection, never a request. */
export function useRecordDeflection() {
  return useMutation({
    mutationFn: (input: { text: string; articleId: number }) =>
      api<{ id: number; articleId: number; createdAt: string }>("/deflections", { method: "POST", body: input }),
  });
}
