import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api-client";
import type { Page } from "../../app/api-types";
import type { Idea, IdeaFilters, IdeaInput, IdeaStatus, IdeaSuggestions, IdeaUpdate, Milestone } from "./ideas.types";

export const IDEAS_KEY = ["ideas"] as const;

export function useIdeas(filters: IdeaFilters) {
  return useQuery({
    queryKey: [...IDEAS_KEY, "list", filters],
    queryFn: ({ signal }) => api<Page<Idea>>("/ideas", { query: { ...filters, limit: 100 }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useIdea(id: number) {
  return useQuery({
    queryKey: [...IDEAS_KEY, id],
    queryFn: ({ signal }) => api<Idea>(`/ideas/${id}`, { signal }),
  });
}

export function useIdeaUpdates(id: number) {
  return useQuery({
    queryKey: [...IDEAS_KEY, id, "updates"],
    queryFn: ({ signal }) => api<Page<IdeaUpdate>>(`/ideas/${id}/updates`, { signal }).then((page) => page.items),
  });
}

export function useIdeaSuggestions(id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...IDEAS_KEY, id, "suggestions"],
    queryFn: ({ signal }) => api<IdeaSuggestions>(`/ideas/${id}/suggestions`, { signal }),
    enabled,
    retry: false,
  });
}

function useIdeaMutation<V>(fn: (vars: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (data) => {
      if (data && typeof data === "object" && "id" in data && "status" in data && "pitch" in data) queryClient.setQueryData([...IDEAS_KEY, (data as Idea).id], data);
      return queryClient.invalidateQueries({ queryKey: IDEAS_KEY });
    },
  });
}

export function useCreateIdea() {
  return useIdeaMutation((input: IdeaInput) => api<Idea>("/ideas", { method: "POST", body: input }));
}

export function useUpdateIdea(id: number) {
  return useIdeaMutation((changes: Partial<IdeaInput> & { version: number }) => api<Idea>(`/ideas/${id}`, { method: "PATCH", body: changes }));
}

export function useSetIdeaStatus(id: number) {
  return useIdeaMutation((status: IdeaStatus) => api<Idea>(`/ideas/${id}/status`, { method: "POST", body: { status } }));
}

export function useInviteMentor(id: number) {
  return useIdeaMutation((personId: number) => api<unknown>(`/ideas/${id}/mentors/${personId}`, { method: "POST" }));
}

export function useRemoveMentor(id: number) {
  return useIdeaMutation((personId: number) => api<unknown>(`/ideas/${id}/mentors/${personId}`, { method: "DELETE" }));
}

export function useAddMilestone(id: number) {
  return useIdeaMutation((input: { title: string; dueOn?: string | null }) => api<Milestone>(`/ideas/${id}/milestones`, { method: "POST", body: input }));
}

export function useUpdateMilestone(id: number) {
  return useIdeaMutation(({ milestoneId, done }: { milestoneId: number; done: boolean }) => api<Milestone>(`/ideas/${id}/milestones/${milestoneId}`, { method: "PATCH", body: { done } }));
}

export function usePostUpdate(id: number) {
  return useIdeaMutation((input: { kind: IdeaUpdate["kind"]; body: string }) => api<IdeaUpdate>(`/ideas/${id}/updates`, { method: "POST", body: input }));
}

/** Starts a new proposal of mine from a shipped idea. */
export function useCopyIdea() {
  return useIdeaMutation((id: number) => api<Idea>(`/ideas/${id}/copy`, { method: "POST" }));
}

/** Turns an `idea`-mode request into a proposal owned by its requester. */
export function useIdeaFromRequest(requestId: number) {
  return useIdeaMutation(() => api<Idea>(`/requests/${requestId}/idea`, { method: "POST" }));
}
