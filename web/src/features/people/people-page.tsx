import { useState } from "react";
import { Button, Center, Paper, Stack, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconUserPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Person } from "../../app/api-types";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { PageLoader } from "../../app/page-loader";
import { useCampuses } from "../campuses/campuses.api";
import { CreatePersonModal } from "./create-person-modal";
import { EditPersonModal } from "./edit-person-modal";
import { PeopleFilters } from "./people-filters";
import { PeopleTable } from "./people-table";
import { usePeople, type PeopleFilters as Filters } from "./people.api";

const NO_FILTERS: Filters = { q: "", role: "", kind: "", campusId: "", active: "" };

/** Admin: find, add and edit the people of the school. */
export function PeoplePage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Person | null>(null);
  const [created, setCreated] = useState<Person | null>(null);
  const campuses = useCampuses().data ?? [];
  const people = usePeople({ ...filters, q: debounced });
  const rows = people.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t("people.title")}
        description={t("people.intro")}
        actions={
          <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={() => setCreating(true)}>
            {t("people.create")}
          </Button>
        }
      />
      <PeopleFilters search={search} onSearch={setSearch} filters={filters} onChange={setFilters} campuses={campuses} />
      {created && (
        <Text role="status" c="scaffold.8" mb="sm">
          {t("people.created", { name: created.name })}
        </Text>
      )}
      <ErrorAlert error={people.error} />
      <Paper withBorder radius="lg" p={{ base: "xs", sm: "md" }}>
        {people.isPending ? (
          <PageLoader />
        ) : rows.length === 0 ? (
          <Center py="xl">
            <Text c="dimmed">{t("people.empty")}</Text>
          </Center>
        ) : (
          <Stack>
            <PeopleTable people={rows} campuses={campuses} onEdit={setEditing} />
            <Text size="sm" c="dimmed" role="status" px="sm">
              {t("people.shown", { count: rows.length })}
            </Text>
            {people.hasNextPage && (
              <Center>
                <Button variant="light" onClick={() => void people.fetchNextPage()} loading={people.isFetchingNextPage}>
                  {t("common.loadMore")}
                </Button>
              </Center>
            )}
          </Stack>
        )}
      </Paper>
      <CreatePersonModal opened={creating} onClose={() => setCreating(false)} onCreated={setCreated} campuses={campuses} />
      <EditPersonModal person={editing} onClose={() => setEditing(null)} campuses={campuses} />
    </>
  );
}
