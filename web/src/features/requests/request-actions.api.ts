import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api-client";
import type { TopicNature } from "../../app/api-types";
import { REQUESTS_KEY } from "./requests.api";
import type { HelpRequest, Message, Mode, ResolutionKind, SelfReliance, Status, Urgency } from "./requests.types";

/** Fields `PATCH /requests/{id}` accepts besides `version`. */
export interface RequestChanges {
  urgency?: Urgency;
  topicId?: number;
  mode?: Mode;
  nature?: TopicNature;
  campusId?: number | null;
  status?: Status;
}

/** Every action on one request refreshes that request, its conversation and the lists. */
function useRequestMutation<Input, Output>(id: number, call: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (data) => {
      if (data && typeof data === "object" && "version" in data) queryClient.setQueryData([...REQUESTS_KEY, id], data);
      return queryClient.invalidateQueries({ queryKey: REQUESTS_KEY });
    },
  });
}

/** Triage or move a request, under optimistic concurrency (409 VERSION_CONFLICT when stale). */
export function useUpdateRequest(id: number) {
  return useRequestMutation(id, (input: RequestChanges & { version: number }) =>
    api<HelpRequest>(`/requests/${id}`, { method: "PATCH", body: input }),
  );
}

/** Assigns, takes (own id) or hands back (null). */
export function useAssignRequest(id: number) {
  return useRequestMutation(id, (input: { assigneeId: number | null; version?: number; mentorId?: number | null }) =>
    api<HelpRequest>(`/requests/${id}/assign`, { method: "POST", body: input }),
  );
}

/** Replies, or adds an internal note. */
export function useAddMessage(id: number) {
  return useRequestMutation(id, (input: { body: string; internal: boolean; mentions: number[] }) =>
    api<Message>(`/requests/${id}/messages`, { method: "POST", body: input }),
  );
}

/** Resolves with a resolution kind. */
export function useResolveRequest(id: number) {
  return useRequestMutation(id, (input: { kind: ResolutionKind; version?: number }) =>
    api<HelpRequest>(`/requests/${id}/resolve`, { method: "POST", body: input }),
  );
}

/** Merges this request into another as a duplicate (tech). */
export function useMergeRequest(id: number) {
  return useRequestMutation(id, (intoId: number) => api<HelpRequest>(`/requests/${id}/merge`, { method: "POST", body: { intoId } }));
}

/** The requester's "Could you do this yourself next time?" answer and rating. */
export function useGiveFeedback(id: number) {
  return useRequestMutation(id, (input: { selfReliance: SelfReliance; satisfaction: number | null }) =>
    api<HelpRequest>(`/requests/${id}/feedback`, { method: "POST", body: input }),
  );
}
