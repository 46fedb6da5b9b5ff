import { Badge, Button, Group, Text } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import type { HelpRequest, Message } from "../requests/requests.types";
import { OPEN_STATUSES } from "../requests/requests.types";
import { useAcceptAnswer } from "./community.api";

/**
 * Under a public answer to a community question: "Accepted answer" on the accepted one, and for the
 * requester, while the question is open, "Accept this answer" (resolves it as guided, crediting the author).
 */
export function AcceptAnswer({ request, message, isRequester }: { request: HelpRequest; message: Message; isRequester: boolean }) {
  const { t } = useTranslation();
  const accept = useAcceptAnswer(request.id);
  if (!request.community || message.internal) return null;
  if (request.acceptedMessageId === message.id) {
    return (
      <Badge mt="xs" color="scaffold" variant="light" c="scaffold.8" tt="none" leftSection={<IconCircleCheck size={14} aria-hidden />}>
        {t("community.accept.accepted")}
      </Badge>
    );
  }
  const canAccept = isRequester && message.authorId !== request.requesterId && !request.acceptedMessageId && OPEN_STATUSES.includes(request.status);
  if (!canAccept) return null;
  return (
    <>
      <Group gap="sm" mt="xs" wrap="wrap">
        <Button size="compact-sm" variant="light" leftSection={<IconCircleCheck size={16} aria-hidden />} onClick={() => accept.mutate(message.id)} loading={accept.isPending}>
          {t("community.accept.button")}
        </Button>
        <Text size="xs" c="dimmed">
          {t("community.accept.hint", { name: message.authorName })}
        </Text>
      </Group>
      <ErrorAlert error={accept.error} />
    </>
  );
}
