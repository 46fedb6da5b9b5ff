import { useState } from "react";
import { SimpleGrid, Stack, Text, TextInput, Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useAuth } from "../../app/auth-context";
import { ErrorAlert } from "../../app/error-alert";
import { PageLoader } from "../../app/page-loader";
import { useCampuses } from "../campuses/campuses.api";
import { useTopicPaths } from "../requests/topic-paths";
import { useDirectory } from "./community.api";
import { SKILL_LEVELS, type DirectoryFilters, type SkillLevel } from "./community.types";
import { PersonCard } from "./person-card";

/** "Find people": who can help with a topic (and its subtopics), at what level, how busy, and what they helped with. */
export function PeopleDirectory() {
  const { t } = useTranslation();
  const topics = useTopicPaths();
  const canEndorse = useAuth().hasRole("tech", "admin");
  const campuses = useCampuses().data ?? [];
  const [topicId, setTopicId] = useState<string | null>(null);
  const [level, setLevel] = useState<string | null>(null);
  const [interest, setInterest] = useState<string | null>(null);
  const [campusId, setCampusId] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [q] = useDebouncedValue(name.trim(), 300);
  const filters: DirectoryFilters = {
    topicId: topicId ? Number(topicId) : undefined,
    level: (level as SkillLevel | null) ?? undefined,
    interestTopicId: interest ? Number(interest) : undefined,
    campusId: campusId ? Number(campusId) : undefined,
    q: q || undefined,
  };
  const directory = useDirectory(filters);
  const campusName = (id: number | null) => campuses.find((campus) => campus.id === id)?.name;

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm" role="search" aria-label={t("community.people.filters")}>
        <Select label={t("community.people.topic")} placeholder={t("community.people.anyTopic")} data={topics.options} value={topicId} onChange={setTopicId} searchable clearable nothingFoundMessage={t("common.nothingFound")} />
        <Select
          label={t("community.people.level")}
          placeholder={t("community.people.anyLevel")}
          data={SKILL_LEVELS.map((value) => ({ value, label: t(`community.levels.${value}`) }))}
          value={level}
          onChange={setLevel}
          clearable
        />
        <Select label={t("community.people.interest")} placeholder={t("community.people.anyTopic")} data={topics.options} value={interest} onChange={setInterest} searchable clearable nothingFoundMessage={t("common.nothingFound")} />
        <Select
          label={t("community.people.campus")}
          placeholder={t("community.people.anyCampus")}
          data={campuses.map((campus) => ({ value: String(campus.id), label: campus.name }))}
          value={campusId}
          onChange={setCampusId}
          clearable
        />
        <TextInput label={t("community.people.name")} leftSection={<IconSearch size={16} aria-hidden />} value={name} onChange={(e) => setName(e.currentTarget.value)} maxLength={100} />
      </SimpleGrid>
      <ErrorAlert error={directory.error} />
      {directory.isPending && !directory.error && <PageLoader />}
      {directory.data && (
        <Text size="sm" c="dimmed" role="status">
          {t("community.people.count", { count: directory.data.items.length })}
        </Text>
      )}
      {directory.data && directory.data.items.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
          {directory.data.items.map((person) => (
            <li key={person.personId}>
              <PersonCard person={person} topicPath={topics.path} campusName={campusName(person.campusId)} canEndorse={canEndorse} />
            </li>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
