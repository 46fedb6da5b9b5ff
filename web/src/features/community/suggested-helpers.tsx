import { Button, Group, List, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { IconUserCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { useAssignRequest } from "../requests/request-actions.api";
import type { HelpRequest } from "../requests/requests.types";
import { useHelpers } from "./community.api";
import type { HelperProposal } from "./community.types";

/** Tech and admin: the routing proposals for an open request, best first, each with why and one-click assign. */
export function SuggestedHelpers({ request }: { request: HelpRequest }) {
  const { t } = useTranslation();
  const helpers = useHelpers(request.id, true);
  const assign = useAssignRequest(request.id);
  const items = (helpers.data?.items ?? []).slice(0, 5);

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="suggested-helpers">
      <Stack gap="sm">
        <Title order={2} size="h4" id="suggested-helpers">
          {t("community.helpers.title")}
        </Title>
        <ErrorAlert error={helpers.error ?? assign.error} />
        {request.assigneeName && (
          <Text size="sm" c="scaffold.8" role="status">
            {t("community.helpers.current", { name: request.assigneeName })}
          </Text>
        )}
        {helpers.isPending && (
          <Text size="sm" c="dimmed">
            {t("common.loading")}
          </Text>
        )}
        {helpers.data && items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("community.helpers.none")}
          </Text>
        )}
        {items.length > 0 && (
          <Stack gap="md" component="ol" m={0} p={0} style={{ listStyle: "none" }}>
            {items.map((helper) => (
              <HelperRow
                key={helper.personId}
                helper={helper}
                assigned={request.assigneeId === helper.personId}
                pending={assign.isPending && assign.variables?.assigneeId === helper.personId}
                onAssign={() => assign.mutate({ assigneeId: helper.personId, version: request.version, ...(helper.pairWith && { mentorId: helper.pairWith.personId }) })}
              />
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

interface RowProps {
  helper: HelperProposal;
  assigned: boolean;
  pending: boolean;
  onAssign(): void;
}

function HelperRow({ helper, assigned, pending, onAssign }: RowProps) {
  const { t } = useTranslation();
  const score = Math.round(helper.score);
  return (
    <Stack gap={6} component="li" data-helper={helper.personId}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text fw={600} style={{ overflowWrap: "anywhere" }}>
          {helper.name}
        </Text>
        {assigned ? (
          <Text size="sm" c="scaffold.8" fw={500}>
            {t("community.helpers.assigned")}
          </Text>
        ) : (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconUserCheck size={16} aria-hidden />}
            onClick={onAssign}
            loading={pending}
            aria-label={t("community.helpers.assignNamed", { name: helper.name })}
          >
            {t("community.helpers.assign")}
          </Button>
        )}
      </Group>
      <Group gap="xs" wrap="nowrap">
        <Progress value={score} size="md" radius="xl" style={{ flex: 1 }} aria-label={t("community.helpers.score", { score })} />
        <Text size="xs" c="dimmed" w="3.5rem" ta="right">
          {t("community.helpers.scoreShort", { score })}
        </Text>
      </Group>
      {helper.reasons.length > 0 && (
        <List size="sm" spacing={2} c="dimmed">
          {helper.reasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
      )}
      {helper.pairWith && (
        <Text size="sm" c="sun.9">
          {t("community.helpers.pairWith", { name: helper.pairWith.name })}
        </Text>
      )}
    </Stack>
  );
}
