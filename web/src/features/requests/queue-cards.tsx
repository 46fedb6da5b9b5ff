import { Box, Checkbox, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { RequestCard } from "./request-card";
import type { HelpRequest } from "./requests.types";
import { TakeButton } from "./take-button";

interface Props {
  requests: HelpRequest[];
  topicPath(id: number): string;
  selection?: { selected: Set<number>; toggle(id: number): void };
}

/** The queue as cards (phone). */
export function QueueCards({ requests, topicPath, selection }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" hiddenFrom="sm">
      {requests.map((request) => (
        <RequestCard
          key={request.id}
          request={request}
          topicPath={topicPath(request.topicId)}
          showRequester
          leading={
            selection && (
              <Checkbox
                mt={4}
                aria-label={t("queue.select", { id: request.id })}
                checked={selection.selected.has(request.id)}
                onChange={() => selection.toggle(request.id)}
              />
            )
          }
          footer={
            request.assigneeId === null && (
              <Box>
                <TakeButton request={request} size="sm" />
              </Box>
            )
          }
        />
      ))}
    </Stack>
  );
}
