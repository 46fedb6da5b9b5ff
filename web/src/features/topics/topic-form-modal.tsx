import { useMemo, useState, type FormEvent } from "react";
import { Button, Group, Radio, Select, Stack, Switch, TextInput, Textarea } from "@mantine/core";
import { AppModal } from "../../app/app-modal";
import { useTranslation } from "react-i18next";
import { TOPIC_NATURES, type Topic, type TopicNature } from "../../app/api-types";
import { ErrorAlert } from "../../app/error-alert";
import { buildTopicTree, flattenTree, subtreeIds } from "./topic-tree";
import { COMMUNITY_AUDIENCES, useSaveTopic, type AdminTopic, type CommunityAudience, type TopicInput } from "./topics.api";

interface Props {
  /** The topic to edit, `"new"` to create one, null when closed. */
  topic: Topic | "new" | null;
  topics: Topic[];
  onClose(): void;
}

/** Dialog to create or edit a topic: name, parent, nature, description and community settings. */
export function TopicFormModal({ topic, topics, onClose }: Props) {
  const { t } = useTranslation();
  const editing = topic !== null && topic !== "new";
  return (
    <AppModal opened={topic !== null} onClose={onClose} title={editing ? t("topics.editTitle", { name: topic.name }) : t("topics.createTitle")} size="lg">
      {topic !== null && <TopicForm key={editing ? topic.id : "new"} topic={editing ? topic : null} topics={topics} onDone={onClose} />}
    </AppModal>
  );
}

function TopicForm({ topic, topics, onDone }: { topic: Topic | null; topics: Topic[]; onDone(): void }) {
  const { t } = useTranslation();
  const save = useSaveTopic(topic?.id ?? null);
  const [draft, setDraft] = useState<TopicInput>({
    name: topic?.name ?? "",
    parentId: topic?.parentId ?? null,
    nature: topic?.nature ?? "learnable",
    description: topic?.description ?? "",
    communityAudience: (topic as AdminTopic | null)?.communityAudience ?? "skilled",
    autoAssign: (topic as AdminTopic | null)?.autoAssign ?? false,
  });
  const set = <K extends keyof TopicInput>(key: K, value: TopicInput[K]) => setDraft({ ...draft, [key]: value });

  const parents = useMemo(() => {
    const excluded = topic ? subtreeIds(topics, topic.id) : new Set<number>();
    return flattenTree(buildTopicTree(topics.filter((item) => !item.archived || item.id === topic?.parentId)))
      .filter(({ topic: item }) => !excluded.has(item.id))
      // Non-breaking spaces keep the indentation that shows the hierarchy in the list.
      .map(({ topic: item, depth }) => ({ value: String(item.id), label: `${"\u00a0\u00a0".repeat(depth)}${item.name}` }));
  }, [topics, topic]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ ...draft, name: draft.name.trim(), description: draft.description.trim() }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={submit}>
      <Stack>
        <ErrorAlert error={save.error} />
        <TextInput label={t("topics.fields.name")} required value={draft.name} onChange={(e) => set("name", e.currentTarget.value)} data-autofocus />
        <Select
          label={t("topics.fields.parent")}
          placeholder={t("topics.noParent")}
          data={parents}
          value={draft.parentId === null ? null : String(draft.parentId)}
          onChange={(id) => set("parentId", id ? Number(id) : null)}
          searchable
          clearable
          nothingFoundMessage={t("common.nothingFound")}
        />
        <Radio.Group label={t("topics.fields.nature")} value={draft.nature} onChange={(value) => set("nature", value as TopicNature)} required>
          <Stack gap="xs" mt={6}>
            {TOPIC_NATURES.map((nature) => (
              <Radio key={nature} value={nature} label={t(`topics.nature.${nature}`)} description={t(`topics.natureHint.${nature}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea label={t("topics.fields.description")} autosize minRows={2} maxRows={6} value={draft.description} onChange={(e) => set("description", e.currentTarget.value)} />
        <Radio.Group label={t("topics.fields.communityAudience")} value={draft.communityAudience} onChange={(value) => set("communityAudience", value as CommunityAudience)}>
          <Stack gap="xs" mt={6}>
            {COMMUNITY_AUDIENCES.map((audience) => (
              <Radio key={audience} value={audience} label={t(`topics.audience.${audience}`)} description={t(`topics.audienceHint.${audience}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Switch
          label={t("topics.fields.autoAssign")}
          description={t("topics.autoAssignHint")}
          checked={draft.autoAssign ?? false}
          onChange={(e) => set("autoAssign", e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {topic ? t("common.save") : t("topics.create")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
