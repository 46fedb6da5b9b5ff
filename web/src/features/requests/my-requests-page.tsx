import { Button, Center, EmptyState, Paper, Stack, Text } from "@mantine/core";
import { IconLifebuoy, IconPlus } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { PageLoader } from "../../app/page-loader";
import { RequestCard } from "./request-card";
import { useRequestList } from "./requests.api";
import { useTopicPaths } from "./topic-paths";

const MINE = new URLSearchParams({ mine: "true", sort: "newest" });

/** "My requests": what the signed-in person has asked for, newest first. */
export function MyRequestsPage() {
  const { t } = useTranslation();
  const topics = useTopicPaths();
  const list = useRequestList(MINE);
  const requests = list.data?.pages.flatMap((page) => page.items) ?? [];
  const askButton = (
    <Button component={Link} to="/requests/new" leftSection={<IconPlus size={18} aria-hidden />}>
      {t("requests.ask")}
    </Button>
  );

  return (
    <>
      <PageHeader title={t("requests.title")} description={t("requests.intro")} actions={requests.length > 0 ? askButton : undefined} />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <PageLoader />
      ) : requests.length === 0 ? (
        <Paper withBorder radius="lg" p="xl" maw="46rem">
          <EmptyState
            icon={<IconLifebuoy size={32} aria-hidden />}
            variant="light"
            title={t("requests.emptyTitle")}
            description={t("requests.emptyBody")}
          >
            <Button component={Link} to="/requests/new" size="lg" mt="md" leftSection={<IconPlus size={20} aria-hidden />}>
              {t("requests.ask")}
            </Button>
          </EmptyState>
        </Paper>
      ) : (
        <Stack gap="sm" maw="52rem">
          {requests.map((request) => (
            <RequestCard key={request.id} request={request} topicPath={topics.path(request.topicId)} />
          ))}
          <Text size="sm" c="dimmed" role="status">
            {t("requests.shown", { count: requests.length })}
          </Text>
          {list.hasNextPage && (
            <Center>
              <Button variant="light" onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                {t("common.loadMore")}
              </Button>
            </Center>
          )}
        </Stack>
      )}
    </>
  );
}
