import { Button, Code, CopyButton, Group, Paper, Stack, Text } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useCalendarFeed } from "./trainings.api";

/** My personal calendar feed URL with a copy button. */
export function CalendarFeed() {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  if (!feed.data) return null;
  const url = new URL(feed.data, window.location.origin).toString();
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-label={t("growth.trainings.feedTitle")}>
      <Stack gap={6}>
        <Text fw={600}>{t("growth.trainings.feedTitle")}</Text>
        <Text size="sm" c="dimmed">
          {t("growth.trainings.feedHint")}
        </Text>
        <Group gap="xs" wrap="nowrap">
          <Code style={{ overflowWrap: "anywhere", flex: 1, minWidth: 0 }} data-testid="calendar-feed-url">
            {url}
          </Code>
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy} leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}>
                {copied ? t("common.copied") : t("common.copy")}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Paper>
  );
}
