import { useState } from "react";
import { Button, Select, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { PageLoader } from "../../app/page-loader";
import { useTopicPaths } from "../requests/topic-paths";
import { useCommunityQuestions } from "./community.api";
import { QuestionCard } from "./question-card";

/** The open community questions this person may see, newest first, each answerable in place. */
export function QuestionFeed() {
  const { t } = useTranslation();
  const topics = useTopicPaths();
  const [topicId, setTopicId] = useState<string | null>(null);
  const questions = useCommunityQuestions(topicId ? Number(topicId) : null);
  const items = questions.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="md" maw="52rem">
      <Select
        label={t("community.questions.topic")}
        placeholder={t("community.questions.allTopics")}
        data={topics.options}
        value={topicId}
        onChange={setTopicId}
        searchable
        clearable
        nothingFoundMessage={t("common.nothingFound")}
        maw="24rem"
      />
      <ErrorAlert error={questions.error} />
      {questions.isPending && !questions.error && <PageLoader />}
      {questions.data && items.length === 0 && <Text c="dimmed">{t("community.questions.none")}</Text>}
      <Stack gap="md" component="ul" m={0} p={0} style={{ listStyle: "none" }} aria-label={t("community.tabs.questions")}>
        {items.map((question) => (
          <li key={question.id}>
            <QuestionCard question={question} topicPath={topics.path(question.topicId)} />
          </li>
        ))}
      </Stack>
      {questions.hasNextPage && (
        <Button variant="default" onClick={() => void questions.fetchNextPage()} loading={questions.isFetchingNextPage} style={{ alignSelf: "center" }}>
          {t("common.loadMore")}
        </Button>
      )}
    </Stack>
  );
}
