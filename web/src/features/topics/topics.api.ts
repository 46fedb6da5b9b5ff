import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api-client";
import type { Page, Topic, TopicNature } from "../../app/api-types";

const TOPICS_KEY = ["topics"] as const;

export const COMMUNITY_AUDIENCES = ["skilled", "everyone"] as const;
export type CommunityAudience = (typeof COMMUNITY_AUDIENCES)[number];

/** A topic as the admin screen sees it, with its community settings. */
export type AdminTopic = Topic & { communityAudience?: CommunityAudience; autoAssign?: boolean };

export interface TopicInput {
  name: string;
  parentId: number | null;
  nature: TopicNature;
  description: string;
  archived?: boolean;
  /** Who sees community questions on the topic: people with the skill, or everyone. */
  communityAudience?: CommunityAudience;
  /** Assign new requests automatically to the best-placed helper. */
  autoAssign?: boolean;
}

/** Every topic (following cursors, since the tree needs them all), optionally with archived ones. */
export function useTopics(includeArchived: boolean) {
  return useQuery({
    queryKey: [...TOPICS_KEY, { includeArchived }],
    queryFn: async ({ signal }) => {
      const topics: Topic[] = [];
      let cursor: string | undefined;
      do {
        const page = await api<Page<Topic>>("/topics", {
          query: { includeArchived: includeArchived || undefined, limit: 200, cursor },
          signal,
        });
        topics.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return topics;
    },
  });
}

/** Adds a topic, or changes one when `id` is given (tech, admin). */
export function useSaveTopic(id: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<TopicInput>) =>
      id === null
        ? api<Topic>("/topics", { method: "POST", body: input })
        : api<Topic>(`/topics/${id}`, { method: "PATCH", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOPICS_KEY }),
  });
}

/** Archives a topic (hidden from pickers, kept for history) or brings it back. */
export function useSetTopicArchived() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, archived }: { id: number; archived: boolean }) =>
      api<Topic>(`/topics/${id}`, { method: "PATCH", body: { archived } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOPICS_KEY }),
  });
}
