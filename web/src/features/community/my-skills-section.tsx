import { useState } from "react";
import { ActionIcon, Badge, Button, Group, Select, Stack, Text } from "@mantine/core";
import { IconPlus, IconRosette, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { useTopicPaths } from "../requests/topic-paths";
import { useRemoveSkill, useSetSkill } from "./community.api";
import { SKILL_LEVELS, type Skill, type SkillLevel } from "./community.types";

const levelOptions = (t: (key: string) => string) => SKILL_LEVELS.map((level) => ({ value: level, label: t(`community.levels.${level}`) }));

/** My skills, one row per topic: change the level, remove it, or add one. */
export function MySkillsSection({ skills }: { skills: Skill[] }) {
  const { t } = useTranslation();
  const topics = useTopicPaths();
  const setSkill = useSetSkill();
  const remove = useRemoveSkill();
  const [topicId, setTopicId] = useState<string | null>(null);
  const [level, setLevel] = useState<SkillLevel>("practitioner");
  const sorted = [...skills].sort((a, b) => topics.path(a.topicId).localeCompare(topics.path(b.topicId)));
  const have = new Set(skills.map((skill) => String(skill.topicId)));

  const add = () => {
    if (!topicId) return;
    setSkill.mutate({ topicId: Number(topicId), level }, { onSuccess: () => setTopicId(null) });
  };

  return (
    <Stack gap="md">
      <ErrorAlert error={setSkill.error ?? remove.error} />
      {sorted.length === 0 ? (
        <Text c="dimmed">{t("community.me.noSkills")}</Text>
      ) : (
        <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
          {sorted.map((skill) => {
            const path = topics.path(skill.topicId);
            return (
              <Group key={skill.topicId} component="li" gap="sm" justify="space-between" wrap="wrap" data-skill={skill.topicId}>
                <Stack gap={2} style={{ flex: "1 1 14rem", minWidth: 0 }}>
                  <Text fw={600} style={{ overflowWrap: "anywhere" }}>
                    {path}
                  </Text>
                  <Group gap={6}>
                    <Badge variant="outline" color="gray" c="gray.8" size="sm" tt="none">
                      {t(`community.sources.${skill.source}`)}
                    </Badge>
                    {skill.endorsedBy !== null && (
                      <Badge variant="light" color="sun" c="sun.9" size="sm" tt="none" leftSection={<IconRosette size={12} aria-hidden />}>
                        {t("community.skills.endorsed")}
                      </Badge>
                    )}
                  </Group>
                </Stack>
                <Group gap="xs" wrap="nowrap">
                  <Select
                    aria-label={t("community.me.levelFor", { topic: path })}
                    data={levelOptions(t)}
                    value={skill.level}
                    onChange={(value) => value && setSkill.mutate({ topicId: skill.topicId, level: value as SkillLevel })}
                    allowDeselect={false}
                    w="10rem"
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    aria-label={t("community.me.removeSkill", { topic: path })}
                    onClick={() => remove.mutate(skill.topicId)}
                    loading={remove.isPending && remove.variables === skill.topicId}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              </Group>
            );
          })}
        </Stack>
      )}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <Select
          label={t("community.me.addTopic")}
          placeholder={t("ask.fields.topicPlaceholder")}
          data={topics.options.filter((option) => !have.has(option.value))}
          value={topicId}
          onChange={setTopicId}
          searchable
          clearable
          nothingFoundMessage={t("common.nothingFound")}
          style={{ flex: "1 1 16rem" }}
        />
        <Select label={t("community.me.level")} data={levelOptions(t)} value={level} onChange={(value) => value && setLevel(value as SkillLevel)} allowDeselect={false} w="10rem" />
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={add} disabled={!topicId} loading={setSkill.isPending && !!topicId}>
          {t("community.me.addSkill")}
        </Button>
      </Group>
    </Stack>
  );
}
