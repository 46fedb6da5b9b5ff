import { NavLink, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Topic } from "../../app/api-types";

interface Props {
  topics: Topic[];
  value: number | undefined;
  onChange(topicId: number | undefined): void;
}

/** "Browse by topic": every active topic as a tree, with "All topics" first (desktop sidebar). */
export function TopicBrowser({ topics, value, onChange }: Props) {
  const { t } = useTranslation();
  const active = topics.filter((topic) => !topic.archived);
  const roots = active.filter((topic) => topic.parentId === null).sort((a, b) => a.name.localeCompare(b.name));
  const children = (id: number) => active.filter((topic) => topic.parentId === id).sort((a, b) => a.name.localeCompare(b.name));

  const item = (topic: Topic, depth: number) => (
    <div key={topic.id}>
      <NavLink
        component="button"
        type="button"
        label={topic.name}
        active={value === topic.id}
        aria-pressed={value === topic.id}
        onClick={() => onChange(value === topic.id ? undefined : topic.id)}
        py={6}
        pl={depth ? 28 : undefined}
        fw={depth ? undefined : 600}
        style={{ borderRadius: "var(--mantine-radius-md)" }}
      />
      {children(topic.id).map((child) => item(child, depth + 1))}
    </div>
  );

  return (
    <Stack gap={2} component="nav" aria-labelledby="topic-browser-title">
      <Text id="topic-browser-title" size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
        {t("knowledge.browseByTopic")}
      </Text>
      <NavLink
        component="button"
        type="button"
        label={t("knowledge.allTopics")}
        active={value === undefined}
        aria-pressed={value === undefined}
        onClick={() => onChange(undefined)}
        fw={600}
        style={{ borderRadius: "var(--mantine-radius-md)" }}
      />
      {roots.map((topic) => item(topic, 0))}
    </Stack>
  );
}
