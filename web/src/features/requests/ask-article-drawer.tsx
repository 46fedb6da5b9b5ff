import { Button, Drawer, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconCircleCheck, IconLifebuoy } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { PageLoader } from "../../app/page-loader";
import { ArticleBody } from "../knowledge/article-body";
import { AudienceBadge } from "../knowledge/article-badges";
import { useArticle } from "../knowledge/articles.api";
import { useRecordDeflection } from "../knowledge/search.api";

interface Props {
  articleId: number;
  /** What the person typed, kept with the article when it solved their problem. */
  text: string;
  onSolved(): void;
  onStillNeedHelp(): void;
}

/** A suggested article opened while asking (counts a view), with "This solved it" and "I still need help". */
export function AskArticleDrawer({ articleId, text, onSolved, onStillNeedHelp }: Props) {
  const { t } = useTranslation();
  const article = useArticle(articleId, { countView: true });
  const deflect = useRecordDeflection();
  const solved = () => deflect.mutate({ text: text.slice(0, 2000), articleId }, { onSuccess: onSolved });

  return (
    <Drawer
      opened
      onClose={onStillNeedHelp}
      position="right"
      size="xl"
      title={<Text fw={650} fz="lg">{article.data?.title ?? t("common.loading")}</Text>}
      closeButtonProps={{ "aria-label": t("ask.articles.back") }}
    >
      <Stack gap="lg">
        {article.isPending ? <PageLoader /> : <ErrorAlert error={article.error} />}
        {article.data && (
          <>
            <AudienceBadge audience={article.data.audience} />
            <ArticleBody html={article.data.bodyHtml} />
          </>
        )}
        <Stack gap="sm" pos="sticky" bottom={0} bg="white" py="md" style={{ borderTop: "1px solid var(--mantine-color-gray-3)" }}>
          <Text fw={600}>{t("ask.articles.didItSolve")}</Text>
          <ErrorAlert error={deflect.error} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Button size="md" leftSection={<IconCircleCheck size={20} aria-hidden />} onClick={solved} loading={deflect.isPending} disabled={!article.data}>
              {t("ask.articles.solved")}
            </Button>
            <Button size="md" variant="default" leftSection={<IconLifebuoy size={20} aria-hidden />} onClick={onStillNeedHelp}>
              {t("ask.articles.stillNeedHelp")}
            </Button>
          </SimpleGrid>
        </Stack>
      </Stack>
    </Drawer>
  );
}
