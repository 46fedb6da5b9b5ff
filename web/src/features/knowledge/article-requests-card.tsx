import { useState } from "react";
import { Anchor, Button, List, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { useArticleRequests } from "./articles.api";

const SHOWN = 6;

/** The requests this article solved, was referenced in or was written from (those the person may see). */
export function ArticleRequestsCard({ articleId }: { articleId: number }) {
  const { t } = useTranslation();
  const links = useArticleRequests(articleId);
  const [all, setAll] = useState(false);
  const items = links.data ?? [];
  const shown = all ? items : items.slice(0, SHOWN);
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="article-requests-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="article-requests-title">
          {items.length ? t("knowledge.article.requestsCount", { count: items.length }) : t("knowledge.article.requests")}
        </Title>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {links.isPending ? t("common.loading") : t("knowledge.article.noRequests")}
          </Text>
        ) : (
          <List spacing="xs" size="sm">
            {shown.map((link) => (
              <List.Item key={`${link.requestId}-${link.kind}`}>
                <Anchor component={Link} to={`/requests/${link.requestId}`} size="sm" style={{ overflowWrap: "anywhere" }}>
                  {link.title}
                </Anchor>
                <Text span size="xs" c="dimmed">
                  {" "}
                  · {t(`knowledge.linkKind.${link.kind}`)}
                </Text>
              </List.Item>
            ))}
          </List>
        )}
        {items.length > SHOWN && (
          <Button variant="subtle" size="compact-sm" onClick={() => setAll(!all)} aria-expanded={all}>
            {all ? t("knowledge.article.showFewer") : t("knowledge.article.showAll", { count: items.length })}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
