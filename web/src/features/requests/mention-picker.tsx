import { useState } from "react";
import { MultiSelect } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { usePeopleSearch } from "../people/people.api";

export interface Mention {
  id: number;
  name: string;
}

/** Picks people to @mention, searching the directory as one types (tech and admin only). */
export function MentionPicker({ value, onChange }: { value: Mention[]; onChange(value: Mention[]): void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search, 300);
  const found = usePeopleSearch(debounced).data?.items ?? [];
  // Selected people stay in the options, or the input would forget their names.
  const known = new Map([...value, ...found.map((p) => ({ id: p.id, name: p.name }))].map((p) => [String(p.id), p]));
  return (
    <MultiSelect
      label={t("request.reply.mentions")}
      placeholder={value.length ? undefined : t("request.reply.mentionsPlaceholder")}
      data={[...known.values()].map((p) => ({ value: String(p.id), label: `@${p.name}` }))}
      value={value.map((p) => String(p.id))}
      onChange={(ids) => onChange(ids.flatMap((id) => (known.get(id) ? [known.get(id)!] : [])))}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={debounced ? t("common.nothingFound") : undefined}
      maxValues={20}
    />
  );
}
