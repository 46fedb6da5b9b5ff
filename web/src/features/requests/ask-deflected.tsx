import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconConfetti, IconHome } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";

/** The friendly end after "This solved it": nothing was sent, no request exists. */
export function AskDeflected({ articleId, onAskAgain }: { articleId: number; onAskAgain(): void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg" p="xl" maw="46rem" bg="scaffold.0" role="status">
      <Stack gap="md" align="flex-start">
        <ThemeIcon size={56} radius="xl" aria-hidden>
          <IconConfetti size={32} stroke={1.6} />
        </ThemeIcon>
        <Title order={2}>{t("ask.deflected.title")}</Title>
        <Text size="lg">{t("ask.deflected.body")}</Text>
        <Group gap="sm">
          <Button component={Link} to="/" leftSection={<IconHome size={18} aria-hidden />}>
            {t("ask.deflected.home")}
          </Button>
          <Button component={Link} to={`/knowledge/${articleId}`} variant="default">
            {t("ask.deflected.article")}
          </Button>
          <Button variant="subtle" onClick={onAskAgain}>
            {t("ask.deflected.askAgain")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
