import type { ReactNode } from "react";
import { Anchor, Card, Group, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { useFormatDate } from "../../app/format-date";
import { ModeBadge, StatusBadge, UrgencyBadge } from "./request-badges";
import type { HelpRequest } from "./requests.types";

interface Props {
  request: HelpRequest;
  topicPath: string;
  /** Shown before the title, e.g. a selection checkbox. */
  leading?: ReactNode;
  /** Shown at the bottom, e.g. a "Take" button. */
  footer?: ReactNode;
  showRequester?: boolean;
}

/** One request as a card: the list on "My requests" and the queue on a phone. */
export function RequestCard({ request, topicPath, leading, footer, showRequester }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Card withBorder radius="lg" p="md">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        {leading}
        <Stack gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
            <Anchor component={Link} to={`/requests/${request.id}`} fw={600} style={{ overflowWrap: "anywhere" }}>
              {request.title}
            </Anchor>
            <Text size="sm" c="dimmed" style={{ whiteSpace: "nowrap" }}>
              {t("requests.number", { id: request.id })}
            </Text>
          </Group>
          <Group gap={6}>
            <StatusBadge status={request.status} size="sm" />
            <ModeBadge mode={request.mode} size="sm" />
            {request.urgency !== "normal" && <UrgencyBadge urgency={request.urgency} size="sm" />}
          </Group>
          <Text size="sm" c="dimmed">
            {topicPath} · {formatDate(request.createdAt)}
          </Text>
          <Text size="sm" c="dimmed">
            {showRequester && `${t("requests.askedBy", { name: request.requesterName })} · `}
            {request.assigneeName ?? t("requests.unassigned")}
          </Text>
          {footer}
        </Stack>
      </Group>
    </Card>
  );
}
