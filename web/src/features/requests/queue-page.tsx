import { useEffect, useState } from "react";
import { Button, Center, Group, Paper, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconDownload } from "@tabler/icons-react";
import { useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAuth } from "../../app/auth-context";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { PageLoader } from "../../app/page-loader";
import { useCampuses } from "../campuses/campuses.api";
import { QueueBulkBar } from "./queue-bulk-bar";
import { QueueCards } from "./queue-cards";
import { toApiParams, viewFilters, type FilterKey } from "./queue-filters";
import { QueueFilterBar } from "./queue-filter-bar";
import { QueueTable } from "./queue-table";
import { useAssignees } from "./queue.api";
import { useRequestList } from "./requests.api";
import { SavedViewsMenu } from "./saved-views-menu";
import { useTopicPaths } from "./topic-paths";

/** The queue for helpers and tech: filters in the URL, saved views, bulk triage and CSV export. */
export function QueuePage() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const triager = hasRole("tech", "admin");
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get("q") ?? "");
  const [debounced] = useDebouncedValue(search.trim(), 400);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const topics = useTopicPaths();
  const campuses = useCampuses().data ?? [];
  const assignees = useAssignees(triager).data ?? [];
  const apiParams = toApiParams(params);
  const list = useRequestList(apiParams);
  const requests = list.data?.pages.flatMap((page) => page.items) ?? [];

  const setFilter = (key: FilterKey, value: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null || value === "") next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: key === "q" },
    );

  // The search box writes to the URL once typing pauses, so the URL stays shareable; only the
  // debounced text triggers this.
  useEffect(() => {
    if ((params.get("q") ?? "") !== debounced) setFilter("q", debounced || null);
  }, [debounced]);

  const selection = triager
    ? {
        selected,
        toggle: (id: number) =>
          setSelected((prev) => {
            const next = new Set(prev);
            if (next.has(id)) next.delete(id);
            else next.add(id);
            return next;
          }),
        setAll: (ids: number[]) => setSelected(new Set(ids)),
      }
    : undefined;

  return (
    <>
      <PageHeader
        title={t("queue.title")}
        description={t("queue.intro")}
        actions={
          <Group gap="xs">
            <SavedViewsMenu
              current={viewFilters(params)}
              onOpen={(view) => {
                setSearch(view.filters.q ?? "");
                setParams(new URLSearchParams(view.filters));
              }}
            />
            <Button component="a" href={`/api/v1/requests/export.csv?${apiParams.toString()}`} download variant="default" leftSection={<IconDownload size={18} aria-hidden />}>
              {t("queue.export")}
            </Button>
            {triager && (
              <Button component={Link} to="/queue/replies" variant="default">
                {t("savedReplies.manage")}
              </Button>
            )}
          </Group>
        }
      />
      <QueueFilterBar
        params={params}
        search={search}
        onSearch={setSearch}
        onChange={setFilter}
        onClear={() => {
          setSearch("");
          setParams(new URLSearchParams());
        }}
        topicOptions={topics.options}
        campuses={campuses}
        assignees={assignees}
      />
      {selection && selected.size > 0 && (
        <QueueBulkBar ids={[...selected]} onClear={() => setSelected(new Set())} assignees={assignees} topicOptions={topics.options} />
      )}
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <PageLoader />
      ) : requests.length === 0 ? (
        <Paper withBorder radius="lg" p="xl">
          <Center>
            <Text c="dimmed">{t("queue.empty")}</Text>
          </Center>
        </Paper>
      ) : (
        <Stack gap="sm">
          <Paper withBorder radius="lg" p="md" visibleFrom="sm">
            <QueueTable requests={requests} topicPath={topics.path} selection={selection} />
          </Paper>
          <QueueCards requests={requests} topicPath={topics.path} selection={selection} />
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
