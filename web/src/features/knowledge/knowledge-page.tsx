import { useEffect, useState } from "react";
import { Button, CloseButton, Grid, Paper, Stack, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconPencilPlus, IconSearch } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../app/page-header";
import { useTopicPaths } from "../requests/topic-paths";
import { useTopics } from "../topics/topics.api";
import { ArticleBrowse } from "./article-browse";
import { useArticlePermissions } from "./article-permissions";
import { KnowledgeFilters } from "./knowledge-filters";
import { useKnowledgeParams } from "./knowledge-search-params";
import { SearchResults } from "./search-results";
import { useSearch } from "./search.api";
import { TopicBrowser } from "./topic-browser";

/** `/knowledge`: search as you type with ranked, highlighted results; browse by topic when empty. */
export function KnowledgePage() {
  const { t } = useTranslation();
  const [params, setParams] = useKnowledgeParams();
  const topics = useTopicPaths();
  const allTopics = useTopics(false).data ?? [];
  const can = useArticlePermissions();
  const [text, setText] = useState(params.q);
  const [debounced] = useDebouncedValue(text.trim(), 250);

  // The header search can change ?q= while this page is open: follow it.
  useEffect(() => {
    setText((current) => (current.trim() === params.q ? current : params.q));
  }, [params.q]);
  useEffect(() => {
    // Only the typed text drives the address here; the effect above makes the address drive the text.
    if (debounced !== params.q) setParams({ q: debounced });
  }, [debounced]);

  const searching = debounced.length > 0;
  const search = useSearch(debounced, { topicId: params.topicId, audience: params.audience, limit: 30 });

  return (
    <>
      <PageHeader
        title={t("knowledge.title")}
        description={t("knowledge.intro")}
        actions={
          <Button component={Link} to="/knowledge/new" leftSection={<IconPencilPlus size={18} aria-hidden />}>
            {t("knowledge.write")}
          </Button>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 3 }} visibleFrom="md">
          <Paper withBorder radius="lg" p="xs">
            <TopicBrowser topics={allTopics} value={params.topicId} onChange={(topicId) => setParams({ topicId })} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Stack gap="md" maw="52rem">
            <TextInput
              type="search"
              size="lg"
              aria-label={t("knowledge.searchLabel")}
              placeholder={t("knowledge.searchPlaceholder")}
              leftSection={<IconSearch size={20} aria-hidden />}
              value={text}
              onChange={(e) => setText(e.currentTarget.value)}
              rightSection={text ? <CloseButton aria-label={t("knowledge.clearSearch")} onClick={() => setText("")} /> : null}
            />
            <KnowledgeFilters
              value={params}
              onChange={setParams}
              topicOptions={topics.options}
              audiences={can.audiences}
              showSort={!searching}
            />
            {searching ? (
              <SearchResults query={debounced} hits={search.data} isPending={search.isPending} error={search.error} />
            ) : (
              <ArticleBrowse filter={{ topicId: params.topicId, audience: params.audience, sort: params.sort }} topicPath={topics.path} />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
