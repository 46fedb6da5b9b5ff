import { Button, Checkbox, Group, Input, Popover, Stack } from "@mantine/core";
import { IconChevronDown } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { OPEN_STATUSES, STATUSES, type Status } from "./requests.types";

/** The queue's status filter: a compact button that opens a checklist (an empty list means any status). */
export function StatusFilter({ value, onChange }: { value: Status[]; onChange(value: Status[]): void }) {
  const { t } = useTranslation();
  const isOpenSet = value.length === OPEN_STATUSES.length && OPEN_STATUSES.every((s) => value.includes(s));
  const summary =
    value.length === 0
      ? t("queue.filters.statusAll")
      : isOpenSet
        ? t("queue.filters.statusOpen")
        : value.length <= 2
          ? value.map((s) => t(`status.${s}`)).join(", ")
          : t("queue.filters.statusCount", { count: value.length });
  return (
    <Input.Wrapper label={t("queue.filters.status")} labelElement="div" id="queue-status">
      <Popover position="bottom-start" shadow="md" width={240}>
        <Popover.Target>
          <Button variant="default" fullWidth justify="space-between" rightSection={<IconChevronDown size={16} aria-hidden />} fw={400} aria-describedby="queue-status-label">
            {summary}
          </Button>
        </Popover.Target>
        <Popover.Dropdown>
          <Stack gap="xs">
            <Checkbox.Group value={value} onChange={(next) => onChange(next as Status[])} aria-label={t("queue.filters.status")}>
              <Stack gap={6}>
                {STATUSES.map((status) => (
                  <Checkbox key={status} value={status} label={t(`status.${status}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Group gap="xs">
              <Button size="compact-sm" variant="light" onClick={() => onChange(OPEN_STATUSES)}>
                {t("queue.filters.statusOpen")}
              </Button>
              <Button size="compact-sm" variant="subtle" onClick={() => onChange([])}>
                {t("queue.filters.statusAll")}
              </Button>
            </Group>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Input.Wrapper>
  );
}
