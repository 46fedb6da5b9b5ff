import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api-client";
import type { Page, Person, PersonKind, Role } from "../../app/api-types";

/** Filters of the admin people list (`GET /people`); empty values are left out. */
export interface PeopleFilters {
  q: string;
  role: Role | "";
  kind: PersonKind | "";
  campusId: string;
  active: "true" | "false" | "";
}

export interface PersonInput {
  name: string;
  email: string;
  kind: PersonKind;
  campusId: number | null;
  roles: Role[];
  active?: boolean;
  password?: string;
}

const PEOPLE_KEY = ["people"] as const;
const PAGE_SIZE = 25;

/** People matching the filters, a page at a time ("Load more" fetches the next cursor). */
export function usePeople(filters: PeopleFilters) {
  return useInfiniteQuery({
    queryKey: [...PEOPLE_KEY, filters],
    queryFn: ({ pageParam, signal }) =>
      api<Page<Person>>("/people", { query: { ...filters, limit: PAGE_SIZE, cursor: pageParam }, signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

/** Active people whose name or email matches `q` (pickers; tech, leaders and admins), once `q` has `minLength` characters. */
export function usePeopleSearch(q: string, minLength = 1) {
  const text = q.trim();
  return useQuery({
    queryKey: [...PEOPLE_KEY, "search", text],
    queryFn: ({ signal }) => api<Page<Person>>("/people", { query: { q: text, active: true, limit: 20 }, signal }),
    enabled: text.length >= minLength,
    placeholderData: keepPreviousData,
  });
}

/** Adds a person (admin). */
export function useCreatePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PersonInput) => api<Person>("/people", { method: "POST", body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PEOPLE_KEY }),
  });
}

/** Changes a person's details, roles or active state (admin). */
export function useUpdatePerson(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: Partial<Omit<PersonInput, "password">>) =>
      api<Person>(`/people/${id}`, { method: "PATCH", body: changes }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PEOPLE_KEY }),
  });
}

/** Sets a new password for a person (admin). */
export function useSetPersonPassword(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api<void>(`/people/${id}/password`, { method: "POST", body: { password } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PEOPLE_KEY }),
  });
}
