import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { useAuth } from "./auth-context";
import { PageLoader } from "./page-loader";
import { ForbiddenPage } from "../features/not-found/forbidden-page";
import type { Role } from "./api-types";

/** Shows its children to signed-in people (optionally with one of `roles`); others go to sign-in. */
export function RequireAuth({ children, roles }: { children: ReactNode; roles?: Role[] }) {
  const { me, hasRole } = useAuth();
  const location = useLocation();
  if (me === undefined) return <PageLoader />;
  if (me === null) {
    const next = location.pathname + location.search;
    const search = next === "/" ? "" : `?next=${encodeURIComponent(next)}`;
    return <Navigate to={`/sign-in${search}`} replace />;
  }
  if (roles && !hasRole(...roles)) return <ForbiddenPage />;
  return <>{children}</>;
}

/** The in-app path to return to after sign-in; anything else (other sites, `//host`) becomes `/`. */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
