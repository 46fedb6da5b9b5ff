import { Group, SegmentedControl, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ArticleSort, Audience } from "./knowledge.types";
import type { KnowledgeParams } from "./knowledge-search-params";

interface Props {
  value: KnowledgeParams;
  onChange(changes: Partial<KnowledgeParams>): void;
  topicOptions: { value: string; label: string }[];
  audiences: Audience[];
  /** Sorting applies to browsing; search results are ranked. */
  showSort: boolean;
}

/** Topic (on phones; desktops have the topic sidebar), audience and sort. */
export function KnowledgeFilters({ value, onChange, topicOptions, audiences, showSort }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end">
      <Select
        hiddenFrom="md"
        label={t("knowledge.filters.topic")}
        placeholder={t("knowledge.allTopics")}
        data={topicOptions}
        value={value.topicId === undefined ? null : String(value.topicId)}
        onChange={(topic) => onChange({ topicId: topic ? Number(topic) : undefined })}
        searchable
        clearable
        nothingFoundMessage={t("common.nothingFound")}
        w={{ base: "100%", xs: 260 }}
      />
      {audiences.length > 1 && (
        <Select
          label={t("knowledge.filters.audience")}
          data={[{ value: "", label: t("knowledge.filters.anyAudience") }, ...audiences.map((a) => ({ value: a, label: t(`knowledge.audience.${a}`) }))]}
          value={value.audience ?? ""}
          onChange={(audience) => onChange({ audience: (audience || undefined) as Audience | undefined })}
          allowDeselect={false}
          w={{ base: "100%", xs: 200 }}
        />
      )}
      {showSort && (
        <SegmentedControl
          aria-label={t("knowledge.filters.sort")}
          value={value.sort}
          onChange={(sort) => onChange({ sort: sort as ArticleSort })}
          data={(["updated", "helpful", "title"] as const).map((sort) => ({ value: sort, label: t(`knowledge.sort.${sort}`) }))}
        />
      )}
    </Group>
  );
}
