import { useMemo, useState } from "react";
import { Button, Center, Paper, Switch, Text } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { Topic } from "../../app/api-types";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { PageLoader } from "../../app/page-loader";
import { TopicFormModal } from "./topic-form-modal";
import { buildTopicTree } from "./topic-tree";
import { TopicTreeList } from "./topic-tree-list";
import { useSetTopicArchived, useTopics } from "./topics.api";

/** Tech and admin: the topic tree that requests, skills and articles are filed under. */
export function TopicsPage() {
  const { t } = useTranslation();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<Topic | "new" | null>(null);
  const topics = useTopics(includeArchived);
  const tree = useMemo(() => buildTopicTree(topics.data ?? []), [topics.data]);
  const archive = useSetTopicArchived();
  const busyId = archive.isPending ? (archive.variables?.id ?? null) : null;
  const toggleArchived = (topic: Topic) => archive.mutate({ id: topic.id, archived: !topic.archived });

  return (
    <>
      <PageHeader
        title={t("topics.title")}
        description={t("topics.intro")}
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setEditing("new")}>
            {t("topics.create")}
          </Button>
        }
      />
      <Switch label={t("topics.showArchived")} checked={includeArchived} onChange={(e) => setIncludeArchived(e.currentTarget.checked)} mb="md" />
      <ErrorAlert error={topics.error ?? archive.error} />
      <Paper withBorder radius="lg" p={{ base: "xs", sm: "md" }}>
        {topics.isPending ? (
          <PageLoader />
        ) : tree.length === 0 ? (
          <Center py="xl">
            <Text c="dimmed">{t("topics.empty")}</Text>
          </Center>
        ) : (
          <TopicTreeList nodes={tree} onEdit={setEditing} onToggleArchived={toggleArchived} busyId={busyId} />
        )}
      </Paper>
      <TopicFormModal topic={editing} topics={topics.data ?? []} onClose={() => setEditing(null)} />
    </>
  );
}
