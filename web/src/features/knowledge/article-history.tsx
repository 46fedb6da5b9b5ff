import { useState } from "react";
import { Accordion, Button, Group, Paper, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { IconRestore } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { useFormatDate } from "../../app/format-date";
import { PageLoader } from "../../app/page-loader";
import { useArticleVersions, useRestoreVersion } from "./articles.api";
import type { Article } from "./knowledge.types";
import { VersionDiff, type DiffMode } from "./version-diff";

/** Every version, newest first, each showing what it changed from the one before; editors may restore one. */
export function ArticleHistory({ article, canRestore }: { article: Article; canRestore: boolean }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const versions = useArticleVersions(article.id);
  const restore = useRestoreVersion(article.id);
  const [mode, setMode] = useState<DiffMode>("words");
  const list = versions.data ?? [];

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="history-title">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h4" id="history-title">
            {t("knowledge.history.title")}
          </Title>
          <SegmentedControl
            size="xs"
            aria-label={t("knowledge.history.diffMode")}
            value={mode}
            onChange={(value) => setMode(value as DiffMode)}
            data={[
              { value: "words", label: t("knowledge.history.words") },
              { value: "lines", label: t("knowledge.history.lines") },
            ]}
          />
        </Group>
        <ErrorAlert error={versions.error ?? restore.error} />
        {versions.isPending ? (
          <PageLoader />
        ) : (
          <Accordion variant="separated" radius="md" chevronPosition="left">
            {list.map((version, index) => {
              const previous = list[index + 1];
              const current = version.version === article.version;
              return (
                <Accordion.Item key={version.version} value={String(version.version)}>
                  <Accordion.Control>
                    <Stack gap={0}>
                      <Text fw={600} size="sm">
                        {current ? t("knowledge.history.currentVersion", { version: version.version }) : t("knowledge.history.version", { version: version.version })}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[version.authorName ?? t("knowledge.unknownAuthor"), formatDate(version.createdAt), version.note].filter(Boolean).join(" · ")}
                      </Text>
                    </Stack>
                  </Accordion.Control>
                  <Accordion.Panel>
                    <Stack gap="sm">
                      {previous ? (
                        <>
                          <Text size="sm" c="dimmed">
                            {t("knowledge.history.comparedWith", { version: previous.version })}
                          </Text>
                          {previous.title !== version.title && <VersionDiff before={previous.title} after={version.title} mode="words" />}
                          <VersionDiff before={previous.body} after={version.body} mode={mode} />
                        </>
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t("knowledge.history.first")}
                        </Text>
                      )}
                      {canRestore && !current && (
                        <Group>
                          <Button
                            size="compact-md"
                            variant="light"
                            leftSection={<IconRestore size={16} aria-hidden />}
                            loading={restore.isPending && restore.variables?.restore === version.version}
                            onClick={() => restore.mutate({ version: article.version, restore: version.version })}
                          >
                            {t("knowledge.history.restore")}
                          </Button>
                        </Group>
                      )}
                    </Stack>
                  </Accordion.Panel>
                </Accordion.Item>
              );
            })}
          </Accordion>
        )}
      </Stack>
    </Paper>
  );
}
