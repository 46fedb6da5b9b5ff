import { useState } from "react";
import { ActionIcon, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconLink, IconPencilPlus, IconX } from "@tabler/icons-react";
import { Link, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { ArticleStateBadge } from "./article-badges";
import type { LinkKind } from "./knowledge.types";
import { LinkArticleModal } from "./link-article-modal";
import { useCaptureArticle, useRequestArticles, useUnlinkArticle } from "./request-articles.api";

const KIND_COLORS: Record<LinkKind, string> = { viewed: "gray", solved_by: "teal", referenced: "blue", created_from: "grape" };

interface Props {
  requestId: number;
  requestTitle: string;
  /** The person handling the request links articles. */
  canLink: boolean;
  /** Once resolved, the person who handled it (or tech) writes an article from it. */
  canCapture: boolean;
}

/** Articles linked to a request: read before asking, solved it, referenced, written from it. */
export function RelatedArticlesCard({ requestId, requestTitle, canLink, canCapture }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const links = useRequestArticles(requestId);
  const unlink = useUnlinkArticle(requestId);
  const capture = useCaptureArticle(requestId);
  const [linking, setLinking] = useState(false);
  const items = links.data ?? [];
  if (!canLink && !canCapture && items.length === 0) return null;

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="related-articles-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="related-articles-title">
          {t("knowledge.related.title")}
        </Title>
        <ErrorAlert error={links.error ?? unlink.error ?? capture.error} />
        {items.length === 0 ? (
          <Text size="sm" c="dimmed">
            {links.isPending ? t("common.loading") : t("knowledge.related.none")}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
            {items.map((item) => (
              <Group key={`${item.articleId}-${item.kind}`} component="li" gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
                <Stack gap={4} style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={`/knowledge/${item.articleId}`} size="sm" fw={600} style={{ overflowWrap: "anywhere" }}>
                    {item.title}
                  </Anchor>
                  <Group gap={4}>
                    <Badge size="sm" variant="light" color={KIND_COLORS[item.kind]} c="gray.9" tt="none">
                      {t(`knowledge.linkKind.${item.kind}`)}
                    </Badge>
                    {item.state !== "validated" && <ArticleStateBadge state={item.state} />}
                  </Group>
                </Stack>
                {canLink && (item.kind === "solved_by" || item.kind === "referenced") && (
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t("knowledge.related.unlink", { title: item.title })}
                    onClick={() => unlink.mutate({ articleId: item.articleId, kind: item.kind })}
                    loading={unlink.isPending && unlink.variables?.articleId === item.articleId && unlink.variables.kind === item.kind}
                  >
                    <IconX size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            ))}
          </Stack>
        )}
        {canLink && (
          <Button variant="light" leftSection={<IconLink size={18} aria-hidden />} onClick={() => setLinking(true)}>
            {t("knowledge.related.linkButton")}
          </Button>
        )}
        {canCapture && (
          <Button
            variant="default"
            leftSection={<IconPencilPlus size={18} aria-hidden />}
            loading={capture.isPending}
            onClick={() => capture.mutate(undefined, { onSuccess: (article) => void navigate(`/knowledge/${article.id}/edit`, { state: { captured: true } }) })}
          >
            {t("knowledge.related.capture")}
          </Button>
        )}
      </Stack>
      {linking && <LinkArticleModal requestId={requestId} initialQuery={requestTitle} onClose={() => setLinking(false)} />}
    </Paper>
  );
}
