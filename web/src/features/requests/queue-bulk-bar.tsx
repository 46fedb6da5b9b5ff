import { useState } from "react";
import { Button, Group, List, Paper, Select, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../app/api-client";
import type { Person } from "../../app/api-types";
import { ErrorAlert } from "../../app/error-alert";
import { useErrorText } from "../../app/error-text";
import { useBulkChange, type BulkChange } from "./queue.api";
import { URGENCIES } from "./requests.types";

const ACTIONS = ["assign", "status", "topic", "urgency"] as const;
type Action = (typeof ACTIONS)[number];
const BULK_STATUSES = ["triaged", "in_progress", "waiting", "closed"] as const;

interface Props {
  ids: number[];
  onClear(): void;
  assignees: Person[];
  topicOptions: { value: string; label: string }[];
}

/** Tech and admin: one change to every selected request, reporting each one that failed. */
export function QueueBulkBar({ ids, onClear, assignees, topicOptions }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const bulk = useBulkChange();
  const [action, setAction] = useState<Action>("assign");
  const [value, setValue] = useState<string | null>(null);

  const options: Record<Action, { value: string; label: string }[]> = {
    assign: [{ value: "none", label: t("requests.unassigned") }, ...assignees.map((p) => ({ value: String(p.id), label: p.name }))],
    status: BULK_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
    topic: topicOptions,
    urgency: URGENCIES.map((u) => ({ value: u, label: t(`urgency.${u}`) })),
  };

  const apply = () => {
    if (!value) return;
    const change: BulkChange =
      action === "assign"
        ? { action, assigneeId: value === "none" ? null : Number(value) }
        : action === "status"
          ? { action, status: value as (typeof BULK_STATUSES)[number] }
          : action === "topic"
            ? { action, topicId: Number(value) }
            : { action, urgency: value as (typeof URGENCIES)[number] };
    bulk.mutate({ ids, change });
  };
  const failures = bulk.data?.filter((item) => !item.ok) ?? [];
  const succeeded = (bulk.data?.length ?? 0) - failures.length;

  return (
    <Paper withBorder radius="lg" p="sm" mb="md" bg="scaffold.0" aria-label={t("queue.bulk.selected", { count: ids.length })} component="section">
      <Stack gap="xs">
        <Group gap="sm" align="flex-end">
          <Text fw={600} style={{ alignSelf: "center" }}>
            {t("queue.bulk.selected", { count: ids.length })}
          </Text>
          <Select
            label={t("queue.bulk.action")}
            data={ACTIONS.map((a) => ({ value: a, label: t(`queue.bulk.actions.${a}`) }))}
            value={action}
            onChange={(next) => {
              setAction((next as Action) ?? "assign");
              setValue(null);
            }}
            allowDeselect={false}
            w={140}
          />
          <Select label={t("queue.bulk.value")} data={options[action]} value={value} onChange={setValue} searchable w={220} nothingFoundMessage={t("common.nothingFound")} />
          <Button onClick={apply} disabled={!value || ids.length === 0} loading={bulk.isPending}>
            {t("queue.bulk.apply")}
          </Button>
          <Button variant="subtle" onClick={onClear}>
            {t("queue.bulk.clear")}
          </Button>
        </Group>
        <ErrorAlert error={bulk.error} />
        {bulk.data && (
          <Stack gap={4} role="status">
            {succeeded > 0 && <Text size="sm" c="scaffold.8">{t("queue.bulk.done", { count: succeeded })}</Text>}
            {failures.length > 0 && (
              <>
                <Text size="sm" c="red.8" fw={600}>
                  {t("queue.bulk.failed")}
                </Text>
                <List size="sm">
                  {failures.map((item) => (
                    <List.Item key={item.id}>
                      {t("queue.bulk.failedItem", {
                        id: item.id,
                        reason: errorText(new ApiError(0, item.error?.code ?? "UNKNOWN", item.error?.message ?? "")),
                      })}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
