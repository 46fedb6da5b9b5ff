import { Badge, Button, Group, Text } from "@mantine/core";
import { IconArchive, IconArchiveOff, IconPencil } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Topic } from "../../app/api-types";
import type { TopicNode } from "./topic-tree";
import classes from "./topic-tree-list.module.css";

interface Props {
  nodes: TopicNode[];
  onEdit(topic: Topic): void;
  onToggleArchived(topic: Topic): void;
  busyId: number | null;
}

/** The topic tree as nested lists, so screen readers hear the hierarchy; each row has its actions. */
export function TopicTreeList({ nodes, onEdit, onToggleArchived, busyId }: Props) {
  const { t } = useTranslation();
  return (
    <ul className={classes.list}>
      {nodes.map(({ topic, children }) => (
        <li key={topic.id} className={classes.item}>
          <Group className={classes.row} justify="space-between" wrap="wrap" gap="xs">
            <div className={classes.text}>
              <Group gap="xs">
                <Text fw={600} c={topic.archived ? "dimmed" : undefined} td={topic.archived ? "line-through" : undefined}>
                  {topic.name}
                </Text>
                <Badge size="sm" variant="light" color={topic.nature === "learnable" ? "scaffold" : "indigo"}>
                  {t(`topics.nature.${topic.nature}`)}
                </Badge>
                {topic.archived && (
                  <Badge size="sm" variant="outline" color="gray">
                    {t("topics.archived")}
                  </Badge>
                )}
              </Group>
              {topic.description && (
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {topic.description}
                </Text>
              )}
            </div>
            <Group gap={4} wrap="nowrap">
              <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={16} aria-hidden />} onClick={() => onEdit(topic)} aria-label={t("topics.editNamed", { name: topic.name })}>
                {t("common.edit")}
              </Button>
              <Button
                size="compact-sm"
                variant="subtle"
                color="gray.7"
                loading={busyId === topic.id}
                leftSection={topic.archived ? <IconArchiveOff size={16} aria-hidden /> : <IconArchive size={16} aria-hidden />}
                onClick={() => onToggleArchived(topic)}
                aria-label={t(topic.archived ? "topics.unarchiveNamed" : "topics.archiveNamed", { name: topic.name })}
              >
                {topic.archived ? t("topics.unarchive") : t("topics.archive")}
              </Button>
            </Group>
          </Group>
          {children.length > 0 && <TopicTreeList nodes={children} onEdit={onEdit} onToggleArchived={onToggleArchived} busyId={busyId} />}
        </li>
      ))}
    </ul>
  );
}
