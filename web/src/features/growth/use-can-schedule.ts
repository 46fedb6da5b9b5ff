import { useAuth } from "../../app/auth-context";
import { useMyProfile } from "../community/community.api";

/** Tech, admins and anyone with a mentor skill may schedule trainings (the API has the last word). */
export function useCanSchedule(): boolean {
  const { hasRole } = useAuth();
  const profile = useMyProfile();
  if (hasRole("tech", "admin")) return true;
  return (profile.data?.skills ?? []).some((skill) => skill.level === "mentor");
}
