import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { PageLoader } from "../../app/page-loader";
import { StatusBadge } from "../requests/request-badges";
import { useTopicPaths } from "../requests/topic-paths";
import { useGroupRequests } from "./groups.api";

/** Requests routed to the group that are still open. */
export function GroupRequests({ groupId }: { groupId: number }) {
  const { t } = useTranslation();
  const topics = useTopicPaths();
  const requests = useGroupRequests(groupId);
  const items = requests.data?.items ?? [];

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="group-requests-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="group-requests-heading">
          {t("community.groups.openRequests")}
        </Title>
        <ErrorAlert error={requests.error} />
        {requests.isPending && !requests.error && <PageLoader />}
        {requests.data && items.length === 0 && <Text c="dimmed">{t("community.groups.noRequests")}</Text>}
        {items.length > 0 && (
          <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
            {items.map((request) => (
              <Stack component="li" key={request.id} gap={4}>
                <Anchor component={Link} to={`/requests/${request.id}`} fw={600} style={{ overflowWrap: "anywhere" }}>
                  {request.title}
                </Anchor>
                <Group gap={6}>
                  <StatusBadge status={request.status} size="sm" />
                  <Text size="xs" c="dimmed">
                    {topics.path(request.topicId)}
                  </Text>
                </Group>
              </Stack>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
