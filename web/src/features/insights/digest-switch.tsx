import { Switch } from "@mantine/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../app/api-client";
import { ErrorAlert } from "../../app/error-alert";

const KEY = ["me", "digest"] as const;

/** Opt in or out of the monthly insights digest by email (leaders and tech). */
export function DigestSwitch() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const digest = useQuery({ queryKey: KEY, queryFn: ({ signal }) => api<{ monthly: boolean }>("/me/digest", { signal }) });
  const save = useMutation({
    mutationFn: (monthly: boolean) => api<{ monthly: boolean }>("/me/digest", { method: "PUT", body: { monthly } }),
    onSuccess: (value) => queryClient.setQueryData(KEY, value),
  });
  return (
    <>
      <ErrorAlert error={digest.error ?? save.error} />
      <Switch
        label={t("insights.digest.label")}
        description={t("insights.digest.hint")}
        checked={digest.data?.monthly ?? false}
        disabled={digest.isPending || save.isPending}
        onChange={(e) => save.mutate(e.currentTarget.checked)}
      />
    </>
  );
}
