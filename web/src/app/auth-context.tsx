import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from "react";
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { api, ApiError, setCsrfToken, setUnauthorizedHandler } from "./api-client";
import type { Me, Role } from "./api-types";
import i18n from "../i18n";

export const ME_KEY = ["me"] as const;

/**
 * Forgets cached data of the previous person. Not `queryClient.clear()`: that would orphan the
 * observers of "me" and the demo flag, which stay mounted across sign-in and sign-out.
 */
function forgetPersonalData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] && query.queryKey[0] !== "readyz" });
}

interface AuthValue {
  /** The signed-in person; null when signed out, undefined while still asking. */
  me: Me | null | undefined;
  signIn(email: string, password: string): Promise<Me>;
  signOut(): Promise<void>;
  hasRole(...roles: Role[]): boolean;
}

const AuthContext = createContext<AuthValue | null>(null);

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api<Me>("/me", { allowUnauthenticated: true });
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

/** Knows who is signed in, signs in and out, and sends everyone to sign-in when a call answers 401. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { data: me, error } = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity });
  if (error) throw error;

  useEffect(() => {
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      queryClient.setQueryData(ME_KEY, null);
    });
    return () => setUnauthorizedHandler(null);
  }, [queryClient]);

  useEffect(() => {
    void i18n.changeLanguage(me?.locale ?? "en");
  }, [me?.locale]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const answer = await api<{ csrfToken: string; person: Omit<Me, "csrfToken"> }>("/session", {
        method: "POST",
        body: { email, password },
        allowUnauthenticated: true,
      });
      const signedIn: Me = { ...answer.person, csrfToken: answer.csrfToken };
      setCsrfToken(answer.csrfToken);
      forgetPersonalData(queryClient);
      queryClient.setQueryData(ME_KEY, signedIn);
      return signedIn;
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await api<void>("/session", { method: "DELETE", allowUnauthenticated: true });
    } finally {
      setCsrfToken(null);
      queryClient.setQueryData(ME_KEY, null);
      forgetPersonalData(queryClient);
    }
  }, [queryClient]);

  const value = useMemo<AuthValue>(
    () => ({
      me,
      signIn,
      signOut,
      hasRole: (...roles) => !!me && roles.some((role) => me.roles.includes(role)),
    }),
    [me, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The auth state and actions; use inside AuthProvider. */
export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth must be used inside AuthProvider");
  return value;
}

/** Like useAuth, for pages behind RequireAuth where a person is always signed in. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error("useMe must be used behind RequireAuth");
  return me;
}
