import { useState } from "react";
import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import type { Person } from "../../app/api-types";
import { usePeopleSearch } from "../people/people.api";

interface Props {
  label: string;
  value: Person | null;
  onChange(person: Person | null): void;
  /** People to leave out, e.g. those already on the group. */
  excludeIds?: number[];
}

/** Finds a person by name or email (`GET /people?q=`; tech, leaders and admins). */
export function PersonPicker({ label, value, onChange, excludeIds = [] }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 250);
  const people = usePeopleSearch(q, 2);
  const found = (people.data?.items ?? []).filter((person) => !excludeIds.includes(person.id));
  const options = value && !found.some((person) => person.id === value.id) ? [value, ...found] : found;

  return (
    <Select
      label={label}
      placeholder={t("community.groups.pickerPlaceholder")}
      searchable
      clearable
      filter={({ options: all }) => all}
      searchValue={search}
      onSearchChange={setSearch}
      data={options.map((person) => ({ value: String(person.id), label: `${person.name} (${person.email})` }))}
      value={value ? String(value.id) : null}
      onChange={(id) => onChange(options.find((person) => String(person.id) === id) ?? null)}
      nothingFoundMessage={q.length >= 2 && !people.isFetching ? t("common.nothingFound") : t("community.groups.pickerHint")}
    />
  );
}
