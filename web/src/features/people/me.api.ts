import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../app/api-client";
import { ME_KEY } from "../../app/auth-context";
import type { ApiToken, Locale, Me, Page } from "../../app/api-types";

const TOKENS_KEY = ["api-tokens"] as const;

/** Changes the signed-in person's name or language. */
export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: { name?: string; locale?: Locale }) => api<Me>("/me", { method: "PATCH", body: changes }),
    onSuccess: (me) =>
      queryClient.setQueryData<Me | null>(ME_KEY, (old) => ({ ...me, csrfToken: me.csrfToken ?? old?.csrfToken ?? null })),
  });
}

/** Changes the signed-in person's password (needs the current one). */
export function useChangePassword() {
  return useMutation({
    mutationFn: (input: { currentPassword: string; newPassword: string }) =>
      api<void>("/me/password", { method: "POST", body: input }),
  });
}

/** The signed-in person's personal API tokens (secrets are never listed). */
export function useApiTokens() {
  return useQuery({
    queryKey: TOKENS_KEY,
    queryFn: async ({ signal }) => {
      const answer = await api<Page<ApiToken> | ApiToken[]>("/me/tokens", { signal });
      return Array.isArray(answer) ? answer : answer.items;
    },
  });
}

/** Creates a token; the answer carries the secret, shown this once. */
export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api<ApiToken & { secret: string }>("/me/tokens", { method: "POST", body: { name } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}

/** Revokes a token; anything using it stops working at once. */
export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => api<void>(`/me/tokens/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TOKENS_KEY }),
  });
}
