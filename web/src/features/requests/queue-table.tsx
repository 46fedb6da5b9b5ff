import { Anchor, Checkbox, Stack, Table, Text } from "@mantine/core";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { useFormatDate } from "../../app/format-date";
import { StatusBadge, UrgencyBadge } from "./request-badges";
import type { HelpRequest } from "./requests.types";
import { TakeButton } from "./take-button";

interface Props {
  requests: HelpRequest[];
  topicPath(id: number): string;
  /** Present when the person may select rows for bulk changes. */
  selection?: { selected: Set<number>; toggle(id: number): void; setAll(ids: number[]): void };
}

/** The queue as a table (desktop). */
export function QueueTable({ requests, topicPath, selection }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const allSelected = !!selection && requests.length > 0 && requests.every((r) => selection.selected.has(r.id));
  const someSelected = !!selection && requests.some((r) => selection.selected.has(r.id));

  return (
    <Table.ScrollContainer minWidth={900}>
      <Table verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t("queue.selectAll")}
                  checked={allSelected}
                  indeterminate={someSelected && !allSelected}
                  onChange={() => selection.setAll(allSelected ? [] : requests.map((r) => r.id))}
                />
              </Table.Th>
            )}
            <Table.Th>{t("queue.columns.request")}</Table.Th>
            <Table.Th>{t("requests.fields.status")}</Table.Th>
            <Table.Th>{t("requests.fields.finalMode")}</Table.Th>
            <Table.Th>{t("requests.fields.topic")}</Table.Th>
            <Table.Th>{t("requests.fields.urgency")}</Table.Th>
            <Table.Th>{t("requests.fields.assignee")}</Table.Th>
            <Table.Th>{t("requests.fields.created")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((request) => (
            <Table.Tr key={request.id} bg={selection?.selected.has(request.id) ? "var(--mantine-color-scaffold-light)" : undefined}>
              {selection && (
                <Table.Td>
                  <Checkbox
                    aria-label={t("queue.select", { id: request.id })}
                    checked={selection.selected.has(request.id)}
                    onChange={() => selection.toggle(request.id)}
                  />
                </Table.Td>
              )}
              <Table.Td maw={360}>
                <Stack gap={0}>
                  <Anchor component={Link} to={`/requests/${request.id}`} fw={500} style={{ overflowWrap: "anywhere" }}>
                    {request.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {t("requests.number", { id: request.id })} · {request.requesterName}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={request.status} size="sm" />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`modes.${request.mode}.label`)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{topicPath(request.topicId)}</Text>
              </Table.Td>
              <Table.Td>
                <UrgencyBadge urgency={request.urgency} size="sm" />
              </Table.Td>
              <Table.Td>
                {request.assigneeName ? (
                  <Text size="sm">{request.assigneeName}</Text>
                ) : (
                  <Stack gap={4} align="flex-start">
                    <Text size="sm" c="dimmed">
                      {t("requests.unassigned")}
                    </Text>
                    <TakeButton request={request} />
                  </Stack>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: "nowrap" }}>
                  {formatDate(request.createdAt)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
