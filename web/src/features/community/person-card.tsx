import { Badge, Group, Paper, Progress, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { DirectoryEntry } from "./community.types";
import { EndorseSkills } from "./endorse-skills";
import { SkillBadge } from "./skill-level-badge";

interface Props {
  person: DirectoryEntry;
  topicPath(id: number): string;
  campusName?: string;
  /** Tech and admin endorse skills from the card. */
  canEndorse?: boolean;
}

/** One person in the directory: skills (endorsed marked), how busy they are, and what they helped with. */
export function PersonCard({ person, topicPath, campusName, canEndorse = false }: Props) {
  const { t } = useTranslation();
  const load = person.openCap > 0 ? Math.min(100, (person.openLoad / person.openCap) * 100) : 100;
  const helped = [...person.helped].sort((a, b) => b.count - a.count);
  return (
    <Paper withBorder radius="lg" p="md" h="100%" component="article" aria-labelledby={`person-${person.personId}`} data-person={person.personId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Title order={3} size="h4" id={`person-${person.personId}`} style={{ overflowWrap: "anywhere" }}>
              {person.name}
            </Title>
            <Text size="sm" c="dimmed">
              {[t(`kinds.${person.kind}`, { defaultValue: person.kind }), campusName].filter(Boolean).join(" · ")}
            </Text>
          </Stack>
          {person.away && (
            <Badge color="gray" c="gray.8" variant="light" tt="none">
              {t("community.people.away")}
            </Badge>
          )}
        </Group>
        {person.skills.length > 0 && canEndorse ? (
          <EndorseSkills personId={person.personId} skills={person.skills} topicPath={topicPath} />
        ) : person.skills.length > 0 ? (
          <Group gap={6}>
            {person.skills.map((skill) => (
              <SkillBadge key={skill.topicId} label={topicPath(skill.topicId)} level={skill.level} endorsed={skill.endorsed} />
            ))}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t("community.people.noSkills")}
          </Text>
        )}
        <Stack gap={4}>
          <Text size="sm">{t("community.people.load", { load: person.openLoad, cap: person.openCap })}</Text>
          <Progress value={load} color={load >= 100 ? "red" : "scaffold"} size="sm" aria-hidden />
        </Stack>
        {helped.length > 0 && (
          <Stack gap={2}>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase">
              {t("community.people.helped")}
            </Text>
            <Text size="sm" data-helped>
              {helped.map((item) => t("community.people.helpedItem", { topic: topicPath(item.topicId), count: item.count })).join(", ")}
            </Text>
          </Stack>
        )}
        {person.interests.length > 0 && (
          <Text size="sm" c="dimmed">
            {t("community.people.learning", { topics: person.interests.map(topicPath).join(", ") })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
