import { useQuery } from "@tanstack/react-query";

/** Whether the server runs the demo school (`GET /readyz` answers `{demo: true}`). */
export function useDemoMode(): boolean {
  const { data } = useQuery({
    queryKey: ["readyz"],
    queryFn: async () => {
      const response = await fetch("/readyz", { credentials: "same-origin", headers: { Accept: "application/json" } });
      const body = (await response.json().catch(() => ({}))) as { demo?: unknown };
      return body.demo === true;
    },
    staleTime: Infinity,
    retry: false,
  });
  return data ?? false;
}
