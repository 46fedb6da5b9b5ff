import { useState } from "react";
import { Button, Paper, Select, Stack, Title } from "@mantine/core";
import { IconArrowBackUp, IconCircleCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { useAssignees } from "./queue.api";
import { useAssignRequest, useUpdateRequest } from "./request-actions.api";
import { useRequestPermissions } from "./request-permissions";
import type { HelpRequest } from "./requests.types";
import { ResolveDialog } from "./resolve-dialog";
import { TakeButton } from "./take-button";

/** What the signed-in person can do next: take, assign, hand back, move along the lifecycle, resolve. */
export function RequestActionsPanel({ request }: { request: HelpRequest }) {
  const { t } = useTranslation();
  const can = useRequestPermissions(request);
  const assignees = useAssignees(can.triager).data ?? [];
  const assign = useAssignRequest(request.id);
  const update = useUpdateRequest(request.id);
  const [resolving, setResolving] = useState(false);
  const eligible = assignees.filter((person) => person.id !== request.requesterId);

  const hasActions = can.triager || can.canHandBack || can.moves.length > 0 || can.canResolve || (can.open && request.assigneeId === null);
  if (!hasActions) return null;
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="request-actions">
      <Stack gap="sm">
        <Title order={2} size="h4" id="request-actions">
          {t("request.actions")}
        </Title>
        <ErrorAlert error={assign.error ?? update.error} />
        <TakeButton request={request} size="sm" />
        {can.triager && can.open && (
          <Select
            label={t("request.assign")}
            placeholder={t("request.assignPlaceholder")}
            data={eligible.map((person) => ({ value: String(person.id), label: person.name }))}
            value={request.assigneeId === null ? null : String(request.assigneeId)}
            onChange={(value) => assign.mutate({ assigneeId: value ? Number(value) : null, version: request.version })}
            searchable
            clearable
            disabled={assign.isPending}
            nothingFoundMessage={t("common.nothingFound")}
          />
        )}
        {can.canHandBack && (
          <Button variant="default" leftSection={<IconArrowBackUp size={18} aria-hidden />} onClick={() => assign.mutate({ assigneeId: null, version: request.version })} loading={assign.isPending}>
            {t("request.handBack")}
          </Button>
        )}
        {can.moves.map((status) => (
          <Button key={status} variant="light" onClick={() => update.mutate({ version: request.version, status })} loading={update.isPending && update.variables?.status === status}>
            {status === "reopened" ? t("request.reopen") : status === "closed" ? t("request.close") : t("request.moveNamed", { status: t(`status.${status}`) })}
          </Button>
        ))}
        {can.canResolve && (
          <Button leftSection={<IconCircleCheck size={18} aria-hidden />} onClick={() => setResolving(true)}>
            {t("request.resolve")}
          </Button>
        )}
      </Stack>
      {resolving && <ResolveDialog request={request} kinds={can.resolveKinds} opened onClose={() => setResolving(false)} />}
    </Paper>
  );
}
