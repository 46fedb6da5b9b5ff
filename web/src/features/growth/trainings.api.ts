import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api-client";
import type { Page } from "../../app/api-types";
import { COMMUNITY_KEY } from "../community/community.api";
import type { Enrolment, NextTraining, ProposedWorkshop, Training, TrainingEffect, TrainingFilters, TrainingInput } from "./trainings.types";

export const TRAININGS_KEY = ["trainings"] as const;

/** Adds `myStatus` (my live place: enrolled or waiting) from the API's `myEnrolment`. */
function withMyStatus(training: Training): Training {
  const status = training.myEnrolment?.status;
  return { ...training, myStatus: status === "enrolled" || status === "waiting" ? status : null };
}

/** Trainings in a window, soonest first. */
export function useTrainings(filters: TrainingFilters) {
  return useQuery<Page<Training>>({
    queryKey: [...TRAININGS_KEY, "list", filters],
    queryFn: ({ signal }) => api<Page<Training>>("/trainings", { query: { ...filters, mine: filters.mine || undefined, limit: 100 }, signal }).then((page) => ({ ...page, items: page.items.map(withMyStatus) })),
    placeholderData: keepPreviousData,
  });
}

export function useTraining(id: number) {
  return useQuery({
    queryKey: [...TRAININGS_KEY, id],
    queryFn: ({ signal }) => api<Training>(`/trainings/${id}`, { signal }).then(withMyStatus),
  });
}

/** Who enrolled and who waits (facilitator and tech). */
export function useEnrolments(id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...TRAININGS_KEY, id, "enrolments"],
    queryFn: ({ signal }) => api<Page<Enrolment>>(`/trainings/${id}/enrolments`, { signal }).then((page) => page.items.filter((e) => e.status !== "cancelled")),
    enabled,
  });
}

/** Requests on the topic before and after, for attendees and the others. */
export function useTrainingEffect(id: number, enabled: boolean) {
  return useQuery({
    queryKey: [...TRAININGS_KEY, id, "effect"],
    queryFn: ({ signal }) => api<TrainingEffect>(`/trainings/${id}/effect`, { signal }),
    enabled,
    retry: false,
  });
}

/** Topics people keep asking about, for the tech team. */
export function useProposedWorkshops() {
  return useQuery({
    queryKey: [...TRAININGS_KEY, "proposed"],
    queryFn: ({ signal }) => api<Page<ProposedWorkshop>>("/trainings/proposed", { signal }).then((page) => page.items),
  });
}

/** The next training on a request's topic, if any. */
export function useNextTraining(requestId: number, enabled: boolean) {
  return useQuery({
    queryKey: [...TRAININGS_KEY, "forRequest", requestId],
    queryFn: ({ signal }) =>
      api<NextTraining>(`/requests/${requestId}/next-training`, { signal }).then((next) => (next.repeatAsker && next.training ? withMyStatus(next.training) : null)),
    enabled,
    retry: false,
  });
}

/** The personal calendar feed from `/me`. */
export function useCalendarFeed() {
  return useQuery({
    queryKey: [...TRAININGS_KEY, "feed"],
    queryFn: ({ signal }) => api<{ calendarFeedUrl?: string | null }>("/me", { signal }).then((me) => me.calendarFeedUrl ?? null),
    staleTime: Infinity,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return (training?: Training) => {
    if (training) queryClient.setQueryData([...TRAININGS_KEY, training.id], withMyStatus(training));
    return queryClient.invalidateQueries({ queryKey: TRAININGS_KEY });
  };
}

export function useCreateTraining() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (input: TrainingInput) => api<Training>("/trainings", { method: "POST", body: input }),
    onSuccess: (training) => invalidate(training),
  });
}

export function useUpdateTraining(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (changes: Partial<TrainingInput>) => api<Training>(`/trainings/${id}`, { method: "PATCH", body: changes }),
    onSuccess: (training) => invalidate(training),
  });
}

export function useCancelTraining(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: () => api<Training>(`/trainings/${id}/cancel`, { method: "POST" }),
    onSuccess: (training) => invalidate(training),
  });
}

/** Enrols me, or puts me on the wait list when it is full; `leave` takes me off either. */
export function useEnrolment(id: number) {
  const invalidate = useInvalidate();
  const enrol = useMutation({
    mutationFn: () => api<unknown>(`/trainings/${id}/enrolments`, { method: "POST" }),
    onSuccess: () => invalidate(),
  });
  const leave = useMutation({
    mutationFn: () => api<unknown>(`/trainings/${id}/enrolments/me`, { method: "DELETE" }),
    onSuccess: () => invalidate(),
  });
  return { enrol, leave };
}

/** Records who attended; attending raises their skill. */
export function useSaveAttendance(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (personIds: number[]) => api<unknown>(`/trainings/${id}/attendance`, { method: "PUT", body: { personIds } }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: COMMUNITY_KEY });
      return queryClient.invalidateQueries({ queryKey: TRAININGS_KEY });
    },
  });
}
