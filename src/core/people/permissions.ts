import { AppError } from "../shared/errors.js";
import type { Actor, Role } from "./people.types.js";

/** Actions gated by role. One table, so "who may do what" is read in one place. */
const PERMISSIONS = {
  "people.manage": ["admin"],
  "people.list": ["admin", "tech", "leader"],
  "campuses.manage": ["admin"],
  "topics.manage": ["admin", "tech"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(actor: Actor, permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return actor.roles.some((role) => allowed.includes(role));
}

/** Throws FORBIDDEN unless the actor's roles allow the action. First line of a gated use case. */
export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw new AppError("FORBIDDEN", "Your role does not allow this action.");
}

/** Every person is a member; stored roles are normalised to include it, once, in a stable order. */
export function normaliseRoles(roles: readonly Role[]): Role[] {
  const set = new Set<Role>(["member", ...roles]);
  return (["member", "helper", "tech", "leader", "admin"] as const).filter((r) => set.has(r));
}
