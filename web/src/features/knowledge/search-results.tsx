import { Anchor, Card, Paper, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { PageLoader } from "../../app/page-loader";
import { HighlightedText } from "./highlighted-text";
import type { Suggestion } from "./knowledge.types";

interface Props {
  query: string;
  hits: Suggestion[] | undefined;
  isPending: boolean;
  error: unknown;
}

/** Ranked search hits with the matched words marked. */
export function SearchResults({ query, hits, isPending, error }: Props) {
  const { t } = useTranslation();
  if (error) return <ErrorAlert error={error} />;
  if (isPending || !hits) return <PageLoader />;
  if (hits.length === 0)
    return (
      <Paper withBorder radius="lg" p="lg">
        <Text fw={600}>{t("knowledge.noResults", { query })}</Text>
        <Text c="dimmed" size="sm">
          {t("knowledge.noResultsHint")}
        </Text>
      </Paper>
    );
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" role="status">
        {t("knowledge.resultCount", { count: hits.length })}
      </Text>
      <Stack gap="sm" component="ol" style={{ listStyle: "none", padding: 0, margin: 0 }} aria-label={t("knowledge.resultsLabel", { query })}>
      {hits.map((hit) => (
        <Card key={`${hit.type}-${hit.id}`} withBorder radius="lg" p="md" component="li">
          <Anchor component={Link} to={`/knowledge/${hit.id}`} fw={600} fz="lg" style={{ overflowWrap: "anywhere" }}>
            <HighlightedText text={hit.title} />
          </Anchor>
          {hit.snippet && (
            <Text size="sm" mt={4} c="gray.8">
              <HighlightedText text={hit.snippet} />
            </Text>
          )}
        </Card>
      ))}
      </Stack>
    </Stack>
  );
}
