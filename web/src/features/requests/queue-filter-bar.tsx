import { Button, Group, Select, SimpleGrid, Stack, TextInput } from "@mantine/core";
import { useDisclosure, useMediaQuery } from "@mantine/hooks";
import { IconAdjustmentsHorizontal, IconSearch, IconX } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { TOPIC_NATURES, type Campus, type Person } from "../../app/api-types";
import { statusesOf, statusParam, type FilterKey } from "./queue-filters";
import { MODES, SORTS, URGENCIES } from "./requests.types";
import { StatusFilter } from "./status-filter";

interface Props {
  params: URLSearchParams;
  search: string;
  onSearch(value: string): void;
  onChange(key: FilterKey, value: string | null): void;
  onClear(): void;
  topicOptions: { value: string; label: string }[];
  campuses: Campus[];
  assignees: Person[];
}

/** Every queue filter; on a phone all but search, status and sort fold behind "More filters". */
export function QueueFilterBar({ params, search, onSearch, onChange, onClear, topicOptions, campuses, assignees }: Props) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery("(max-width: 47.99em)");
  const [more, { toggle }] = useDisclosure(false);
  const any = { value: "", label: t("queue.filters.any") };
  const select = (key: FilterKey, label: string, data: { value: string; label: string }[], searchable = false) => (
    <Select
      label={label}
      data={[any, ...data]}
      value={params.get(key) ?? ""}
      onChange={(value) => onChange(key, value || null)}
      allowDeselect={false}
      searchable={searchable}
      nothingFoundMessage={t("common.nothingFound")}
    />
  );

  return (
    <Stack gap="sm" mb="md" role="search" aria-label={t("queue.filters.label")}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          type="search"
          label={t("queue.filters.search")}
          placeholder={t("queue.filters.searchPlaceholder")}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={search}
          onChange={(e) => onSearch(e.currentTarget.value)}
        />
        <StatusFilter value={statusesOf(params)} onChange={(value) => onChange("status", statusParam(value))} />
        <Select
          label={t("queue.filters.sort")}
          data={SORTS.map((sort) => ({ value: sort, label: t(`queue.sort.${sort}`) }))}
          value={params.get("sort") ?? "newest"}
          onChange={(value) => onChange("sort", value === "newest" ? null : value)}
          allowDeselect={false}
        />
      </SimpleGrid>
      {(!isPhone || more) && (
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
          {select("topicId", t("queue.filters.topic"), topicOptions, true)}
          {select("mode", t("queue.filters.mode"), MODES.map((mode) => ({ value: mode, label: t(`modes.${mode}.label`) })))}
          {select("nature", t("queue.filters.nature"), TOPIC_NATURES.map((nature) => ({ value: nature, label: t(`topics.nature.${nature}`) })))}
          {select("campusId", t("queue.filters.campus"), campuses.map((campus) => ({ value: String(campus.id), label: campus.name })))}
          {select(
            "assignee",
            t("queue.filters.assignee"),
            [
              { value: "me", label: t("queue.filters.me") },
              { value: "none", label: t("queue.filters.unassigned") },
              ...assignees.map((person) => ({ value: String(person.id), label: person.name })),
            ],
            assignees.length > 8,
          )}
          {select("urgency", t("queue.filters.urgency"), URGENCIES.map((urgency) => ({ value: urgency, label: t(`urgency.${urgency}`) })))}
        </SimpleGrid>
      )}
      <Group gap="xs">
        {isPhone && (
          <Button variant="light" size="compact-md" leftSection={<IconAdjustmentsHorizontal size={16} aria-hidden />} onClick={toggle} aria-expanded={more}>
            {t("queue.filters.more")}
          </Button>
        )}
        <Button variant="subtle" size="compact-md" leftSection={<IconX size={16} aria-hidden />} onClick={onClear}>
          {t("queue.filters.clear")}
        </Button>
      </Group>
    </Stack>
  );
}
