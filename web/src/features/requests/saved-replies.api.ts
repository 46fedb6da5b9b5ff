import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api-client";
import type { Page } from "../../app/api-types";

/** A canned answer for a common case; may point to articles by link. */
export interface SavedReply {
  id: number;
  title: string;
  body: string;
  topicId: number | null;
  createdBy: number;
  createdAt: string;
  updatedAt: string;
}

const KEY = ["saved-replies"] as const;

/** The team's saved replies (helpers and tech). */
export function useSavedReplies(enabled = true) {
  return useQuery({ queryKey: KEY, enabled, queryFn: async ({ signal }) => (await api<Page<SavedReply>>("/saved-replies", { signal })).items });
}

export function useSaveReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: { id?: number; title: string; body: string; topicId: number | null }) =>
      id ? api<SavedReply>(`/saved-replies/${id}`, { method: "PATCH", body: input }) : api<SavedReply>("/saved-replies", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useDeleteReply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<void>(`/saved-replies/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
