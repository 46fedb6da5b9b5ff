import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api-client";
import type { Page, Person } from "../../app/api-types";
import { REQUESTS_KEY } from "./requests.api";
import type { BulkOutcome, SavedView, Status, Urgency } from "./requests.types";

const VIEWS_KEY = ["saved-views"] as const;

/** One triage change applied to many requests. */
export type BulkChange =
  | { action: "assign"; assigneeId: number | null }
  | { action: "status"; status: Extract<Status, "triaged" | "in_progress" | "waiting" | "closed"> }
  | { action: "topic"; topicId: number }
  | { action: "urgency"; urgency: Urgency };

/** Applies one change to many requests (tech, admin); every outcome is reported. */
export function useBulkChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { ids: number[]; change: BulkChange }) =>
      api<Page<BulkOutcome>>("/requests/bulk", { method: "POST", body: input }).then((page) => page.items),
    onSettled: () => queryClient.invalidateQueries({ queryKey: REQUESTS_KEY }),
  });
}

/** My saved queue views. */
export function useSavedViews() {
  return useQuery({
    queryKey: VIEWS_KEY,
    queryFn: async ({ signal }) => (await api<Page<SavedView>>("/saved-views", { signal })).items,
  });
}

export function useSaveView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; filters: Record<string, string> }) => api<SavedView>("/saved-views", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VIEWS_KEY }),
  });
}

export function useDeleteView() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<void>(`/saved-views/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: VIEWS_KEY }),
  });
}

/**
 * Everyone a request can be assigned to (active helpers and tech), for triagers; `GET /people`
 * is for tech and admin, so others get an empty list and never ask.
 */
export function useAssignees(enabled: boolean) {
  return useQuery({
    queryKey: ["people", "assignees"],
    enabled,
    queryFn: async ({ signal }) => {
      const [helpers, tech] = await Promise.all(
        (["helper", "tech"] as const).map((role) => api<Page<Person>>("/people", { query: { role, active: true, limit: 200 }, signal })),
      );
      const byId = new Map([...(helpers?.items ?? []), ...(tech?.items ?? [])].map((person) => [person.id, person]));
      return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
    },
  });
}
