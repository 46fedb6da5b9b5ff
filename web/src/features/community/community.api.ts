import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api-client";
import type { Page } from "../../app/api-types";
import { REQUESTS_KEY } from "../requests/requests.api";
import type { HelpRequest } from "../requests/requests.types";
import type { DirectoryEntry, DirectoryFilters, HelperProposal, Profile, ProfileChanges, Skill, SkillLevel } from "./community.types";

export const COMMUNITY_KEY = ["community"] as const;
const PROFILE_KEY = [...COMMUNITY_KEY, "profile"] as const;

/** The signed-in person's skills, interests and availability. */
export function useMyProfile() {
  return useQuery({
    queryKey: PROFILE_KEY,
    queryFn: ({ signal }) => api<Profile>("/me/profile", { signal }),
  });
}

/** Someone's community profile (yourself, or anyone for tech, leaders and admins). */
export function usePersonProfile(personId: number, enabled = true) {
  return useQuery({
    queryKey: [...COMMUNITY_KEY, "person", personId],
    queryFn: ({ signal }) => api<Profile>(`/people/${personId}/profile`, { signal }),
    enabled,
  });
}

/** Changes availability, bio or interests. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: ProfileChanges) => api<Profile>("/me/profile", { method: "PUT", body: changes }),
    onSuccess: (profile) => {
      queryClient.setQueryData(PROFILE_KEY, profile);
      return queryClient.invalidateQueries({ queryKey: COMMUNITY_KEY });
    },
  });
}

/** Declares (or changes) my level on a topic. */
export function useSetSkill() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ topicId, level }: { topicId: number; level: SkillLevel }) => api<Skill>(`/me/skills/${topicId}`, { method: "PUT", body: { level } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: COMMUNITY_KEY }),
  });
}

/** Removes one of my skills. */
export function useRemoveSkill() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (topicId: number) => api<void>(`/me/skills/${topicId}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: COMMUNITY_KEY }),
  });
}

/** People by skill, interest, campus or name, best placed first (not for students). */
export function useDirectory(filters: DirectoryFilters, enabled = true) {
  return useQuery({
    queryKey: [...COMMUNITY_KEY, "directory", filters],
    queryFn: ({ signal }) => api<Page<DirectoryEntry>>("/directory", { query: { ...filters, limit: 50 }, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Routing proposals for a request (tech and admin). */
export function useHelpers(requestId: number, enabled: boolean) {
  return useQuery({
    queryKey: [...REQUESTS_KEY, requestId, "helpers"],
    queryFn: ({ signal }) => api<Page<HelperProposal>>(`/requests/${requestId}/helpers`, { query: { limit: 5 }, signal }),
    enabled,
  });
}

/** A community question in the feed: a request, with how many answers it has. */
export type CommunityQuestion = HelpRequest & { answerCount?: number; answers?: number };

/** Open community questions the signed-in person may see, newest first. */
export function useCommunityQuestions(topicId: number | null) {
  return useInfiniteQuery({
    queryKey: [...REQUESTS_KEY, "community", topicId],
    queryFn: ({ pageParam, signal }) =>
      api<Page<CommunityQuestion>>("/community/questions", { query: { topicId, cursor: pageParam, limit: 20 }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** The requester accepts a public answer: resolves the question as guided and credits its author. */
export function useAcceptAnswer(requestId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (messageId: number) => api<HelpRequest>(`/requests/${requestId}/accept`, { method: "POST", body: { messageId } }),
    onSuccess: (request) => {
      queryClient.setQueryData([...REQUESTS_KEY, requestId], request);
      void queryClient.invalidateQueries({ queryKey: COMMUNITY_KEY });
      return queryClient.invalidateQueries({ queryKey: REQUESTS_KEY });
    },
  });
}
