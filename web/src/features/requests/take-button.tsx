import { Button, Text } from "@mantine/core";
import { IconHandGrab } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useAuth, useMe } from "../../app/auth-context";
import { useErrorText } from "../../app/error-text";
import { useAssignRequest } from "./request-actions.api";
import { OPEN_STATUSES, type HelpRequest } from "./requests.types";

/** Whether the signed-in person may take this request for themselves. */
export function useCanTake(request: HelpRequest): boolean {
  const me = useMe();
  const { hasRole } = useAuth();
  return hasRole("helper", "tech", "admin") && request.assigneeId === null && request.requesterId !== me.id && OPEN_STATUSES.includes(request.status);
}

/** "Take": a helper assigns an unassigned request to themselves. */
export function TakeButton({ request, size = "compact-sm" }: { request: HelpRequest; size?: "compact-sm" | "sm" }) {
  const { t } = useTranslation();
  const me = useMe();
  const errorText = useErrorText();
  const assign = useAssignRequest(request.id);
  if (!useCanTake(request)) return null;
  return (
    <>
      <Button
        size={size}
        variant="light"
        leftSection={<IconHandGrab size={16} aria-hidden />}
        loading={assign.isPending}
        onClick={() => assign.mutate({ assigneeId: me.id, version: request.version })}
        aria-label={t("queue.takeNamed", { id: request.id })}
      >
        {t("queue.take")}
      </Button>
      {assign.error && (
        <Text size="xs" c="red.8" role="alert">
          {errorText(assign.error)}
        </Text>
      )}
    </>
  );
}
