import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api-client";
import type { Campus, Page } from "../../app/api-types";

export const CAMPUSES_KEY = ["campuses"] as const;

export interface CampusInput {
  name: string;
  timeZone: string;
}

/** Every campus (a school has a handful, so one page of 200 holds them all). */
export function useCampuses() {
  return useQuery({
    queryKey: CAMPUSES_KEY,
    queryFn: async ({ signal }) => (await api<Page<Campus>>("/campuses", { query: { limit: 200 }, signal })).items,
  });
}

/** Adds a campus, or changes one when `id` is given (admin). */
export function useSaveCampus(id: number | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CampusInput) =>
      id === null
        ? api<Campus>("/campuses", { method: "POST", body: input })
        : api<Campus>(`/campuses/${id}`, { method: "PATCH", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CAMPUSES_KEY }),
  });
}
