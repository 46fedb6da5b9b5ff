import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api-client";
import type { Page } from "../../app/api-types";
import type { Classification, Conversation, HelpRequest, Mode, Urgency } from "./requests.types";

export const REQUESTS_KEY = ["requests"] as const;
const PAGE_SIZE = 25;

/** The body of `POST /requests`. */
export interface NewRequest {
  title: string;
  description: string;
  topicId: number;
  mode: Mode;
  tried: string;
  urgency: Urgency;
  campusId: number | null;
  device: string | null;
  /** Suggested articles opened before asking; the helper sees them as "read before asking". */
  viewedArticleIds?: number[];
  /** Also ask the community (the Community feed). */
  community?: boolean;
  /** Hide from students (staff only). */
  staffOnly?: boolean;
}

/**
 * Requests matching a query string (built by `toApiQuery`; repeated keys such as `status` are
 * why this takes URLSearchParams rather than the api client's flat query object).
 */
export function useRequestList(params: URLSearchParams) {
  const query = params.toString();
  return useInfiniteQuery({
    queryKey: [...REQUESTS_KEY, "list", query],
    queryFn: ({ pageParam, signal }) => {
      const page = new URLSearchParams(params);
      page.set("limit", String(PAGE_SIZE));
      if (pageParam) page.set("cursor", pageParam);
      return api<Page<HelpRequest>>(`/requests?${page.toString()}`, { signal });
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** One request. */
export function useRequest(id: number) {
  return useQuery({
    queryKey: [...REQUESTS_KEY, id],
    queryFn: ({ signal }) => api<HelpRequest>(`/requests/${id}`, { signal }),
  });
}

/** Messages, attachments and the timeline of one request. */
export function useConversation(id: number) {
  return useQuery({
    queryKey: [...REQUESTS_KEY, id, "conversation"],
    queryFn: ({ signal }) => api<Conversation>(`/requests/${id}/conversation`, { signal }),
  });
}

/** Asks for help. */
export function useCreateRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewRequest) => api<HelpRequest>("/requests", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REQUESTS_KEY }),
  });
}

/** The classifier's proposal for some text; off until there is enough to read. */
export function useClassification(title: string, text: string) {
  const enabled = (title + text).trim().length >= 8;
  return useQuery({
    queryKey: ["classify", title, text],
    queryFn: ({ signal }) => api<Classification>("/classify", { method: "POST", body: { title, text }, signal }),
    enabled,
    staleTime: Infinity,
    placeholderData: keepPreviousData,
  });
}
