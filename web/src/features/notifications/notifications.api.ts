import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, ApiError } from "../../app/api-client";
import type { Page } from "../../app/api-types";

const NOTIFICATIONS_KEY = ["notifications"] as const;
const POLL_MS = 30_000;

export interface AppNotification {
  id: number;
  type: string;
  requestId: number | null;
  requestTitle: string | null;
  /** Set instead of requestId when the notification is about an idea. */
  ideaId: number | null;
  ideaTitle: string | null;
  actorName: string | null;
  createdAt: string;
  readAt: string | null;
}

/**
 * The unread count, polled every 30 s. `null` when the server has no notifications API (404):
 * the bell then hides instead of showing an error.
 */
export function useUnreadCount() {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, "unread-count"],
    queryFn: async ({ signal }) => {
      try {
        return (await api<{ count: number }>("/notifications/unread-count", { signal })).count;
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
    refetchInterval: (query) => (query.state.data === null ? false : POLL_MS),
    staleTime: 0,
  });
}

/** The latest notifications, fetched when the list is opened. */
export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, "list"],
    queryFn: async ({ signal }) => (await api<Page<AppNotification>>("/notifications", { query: { limit: 20 }, signal })).items,
    enabled,
    staleTime: 0,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<void>(`/notifications/${id}/read`, { method: "POST" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>("/notifications/read-all", { method: "POST" }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
