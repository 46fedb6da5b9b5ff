import { useState } from "react";
import { MultiSelect } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { useSearch } from "../knowledge/search.api";
import type { TrainingMaterial } from "./trainings.types";

interface Props {
  value: TrainingMaterial[];
  onChange(materials: TrainingMaterial[]): void;
}

/** Picks knowledge articles as training materials, searching as you type. */
export function ArticlePicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 250);
  const results = useSearch(q, { limit: 10 });
  const found: TrainingMaterial[] = (results.data ?? []).filter((s) => s.type === "article").map((s) => ({ articleId: s.id, title: s.title }));
  const options = [...value, ...found.filter((f) => !value.some((v) => v.articleId === f.articleId))];

  return (
    <MultiSelect
      label={t("growth.form.materials")}
      description={t("growth.form.materialsHint")}
      searchable
      clearable
      filter={({ options: all }) => all}
      searchValue={search}
      onSearchChange={setSearch}
      data={options.map((m) => ({ value: String(m.articleId), label: m.title }))}
      value={value.map((m) => String(m.articleId))}
      onChange={(ids) => onChange(ids.map((id) => options.find((m) => String(m.articleId) === id)).filter((m): m is TrainingMaterial => !!m))}
      nothingFoundMessage={q ? t("common.nothingFound") : t("growth.form.materialsSearch")}
    />
  );
}
