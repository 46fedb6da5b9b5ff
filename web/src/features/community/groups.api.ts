import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, toQueryString } from "../../app/api-client";
import type { Page } from "../../app/api-types";
import { REQUESTS_KEY } from "../requests/requests.api";
import { OPEN_STATUSES, type HelpRequest } from "../requests/requests.types";
import { COMMUNITY_KEY } from "./community.api";
import type { GroupRole, HelperGroup, Portfolio } from "./groups.types";

const GROUPS_KEY = [...COMMUNITY_KEY, "groups"] as const;

/** Helper groups the signed-in person may see (tech and admin: all; others: their own). */
export function useGroups(enabled = true) {
  return useQuery({
    queryKey: GROUPS_KEY,
    queryFn: ({ signal }) => api<Page<HelperGroup>>("/groups", { signal }),
    enabled,
  });
}

/** One group with its members (404 when the caller is not on it). */
export function useGroup(id: number) {
  return useQuery({
    queryKey: [...GROUPS_KEY, id],
    queryFn: ({ signal }) => api<HelperGroup>(`/groups/${id}`, { signal }),
    enabled: Number.isInteger(id),
    retry: false,
  });
}

/** Creates a helper group (tech, admin). */
export function useCreateGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; description: string }) => api<HelperGroup>("/groups", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: GROUPS_KEY }),
  });
}

/** Puts a person on the group, or changes their role (tech, admin). */
export function useSetGroupMember(groupId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, role }: { personId: number; role: GroupRole }) =>
      api<HelperGroup>(`/groups/${groupId}/members/${personId}`, { method: "PUT", body: { role } }),
    onSuccess: (group) => {
      queryClient.setQueryData([...GROUPS_KEY, groupId], group);
      return queryClient.invalidateQueries({ queryKey: GROUPS_KEY });
    },
  });
}

/** Takes a person off the group (tech, admin). */
export function useRemoveGroupMember(groupId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personId: number) => api<void>(`/groups/${groupId}/members/${personId}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: GROUPS_KEY }),
  });
}

/** One member's helping record in the group. */
export function usePortfolio(groupId: number, personId: number | null) {
  return useQuery({
    queryKey: [...GROUPS_KEY, groupId, "portfolio", personId],
    queryFn: ({ signal }) => api<Page<Portfolio>>(`/groups/${groupId}/portfolio`, { query: { personId }, signal }),
    enabled: personId !== null,
    placeholderData: keepPreviousData,
  });
}

/** Where the CSV of a portfolio downloads from (the whole group without `personId`). */
export function portfolioCsvUrl(groupId: number, personId: number | null): string {
  return `/api/v1/groups/${groupId}/portfolio.csv${toQueryString({ personId })}`;
}

/** The group's open requests. */
export function useGroupRequests(groupId: number) {
  return useQuery({
    queryKey: [...REQUESTS_KEY, "group", groupId],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ groupId: String(groupId), limit: "50" });
      for (const status of OPEN_STATUSES) params.append("status", status);
      return api<Page<HelpRequest>>(`/requests?${params.toString()}`, { signal });
    },
  });
}

/** Endorses a person's skill, or withdraws the endorsement (tech, admin). */
export function useEndorseSkill() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, topicId, endorse }: { personId: number; topicId: number; endorse: boolean }) =>
      api<unknown>(`/people/${personId}/skills/${topicId}/endorsement`, { method: endorse ? "POST" : "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: COMMUNITY_KEY }),
  });
}
