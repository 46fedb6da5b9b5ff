import { Group, Select, SimpleGrid, TextInput } from "@mantine/core";
import { IconSearch } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PERSON_KINDS, ROLES, type Campus } from "../../app/api-types";
import type { PeopleFilters as Filters } from "./people.api";

interface Props {
  search: string;
  onSearch(value: string): void;
  filters: Filters;
  onChange(filters: Filters): void;
  campuses: Campus[];
}

/** Search box and role/kind/campus/status filters above the people list. */
export function PeopleFilters({ search, onSearch, filters, onChange, campuses }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof Filters>(key: K) => (value: string | null) => onChange({ ...filters, [key]: value ?? "" });
  const all = { value: "", label: t("people.filters.all") };

  return (
    <Group gap="sm" align="flex-end" mb="md" role="search" aria-label={t("people.filters.label")}>
      <TextInput
        label={t("people.filters.search")}
        placeholder={t("people.filters.searchPlaceholder")}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        type="search"
        w={{ base: "100%", sm: 260 }}
      />
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" style={{ flex: 1 }} miw={{ base: "100%", sm: 0 }}>
        <Select
          label={t("people.fields.role")}
          data={[all, ...ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))]}
          value={filters.role}
          onChange={set("role")}
          allowDeselect={false}
        />
        <Select
          label={t("people.fields.kind")}
          data={[all, ...PERSON_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))]}
          value={filters.kind}
          onChange={set("kind")}
          allowDeselect={false}
        />
        <Select
          label={t("people.fields.campus")}
          data={[all, ...campuses.map((campus) => ({ value: String(campus.id), label: campus.name }))]}
          value={filters.campusId}
          onChange={set("campusId")}
          allowDeselect={false}
        />
        <Select
          label={t("people.fields.status")}
          data={[all, { value: "true", label: t("people.status.active") }, { value: "false", label: t("people.status.inactive") }]}
          value={filters.active}
          onChange={set("active")}
          allowDeselect={false}
        />
      </SimpleGrid>
    </Group>
  );
}
