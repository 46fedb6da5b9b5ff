import { useState } from "react";
import { Button, Group, Paper, Text, Title } from "@mantine/core";
import { IconLifebuoy, IconThumbDown, IconThumbUp } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { useArticleFeedback } from "./articles.api";

/** "Did this solve it?" yes / no; the answer makes the best articles rise. */
export function ArticleFeedback({ articleId }: { articleId: number }) {
  const { t } = useTranslation();
  const feedback = useArticleFeedback(articleId);
  const [answer, setAnswer] = useState<boolean | null>(null);
  const send = (helped: boolean) => feedback.mutate(helped, { onSuccess: () => setAnswer(helped) });

  return (
    <Paper withBorder radius="lg" p="md" bg="scaffold.0" component="section" aria-labelledby="article-feedback-title">
      <Group justify="space-between" gap="sm">
        <Title order={2} size="h4" id="article-feedback-title">
          {t("knowledge.feedback.question")}
        </Title>
        {answer === null ? (
          <Group gap="xs">
            <Button leftSection={<IconThumbUp size={18} aria-hidden />} onClick={() => send(true)} loading={feedback.isPending && feedback.variables}>
              {t("knowledge.feedback.yes")}
            </Button>
            <Button variant="default" leftSection={<IconThumbDown size={18} aria-hidden />} onClick={() => send(false)} loading={feedback.isPending && !feedback.variables}>
              {t("knowledge.feedback.no")}
            </Button>
          </Group>
        ) : (
          <Group gap="sm">
            <Text role="status">{answer ? t("knowledge.feedback.thanksYes") : t("knowledge.feedback.thanksNo")}</Text>
            {!answer && (
              <Button component={Link} to="/requests/new" variant="light" leftSection={<IconLifebuoy size={18} aria-hidden />}>
                {t("knowledge.feedback.ask")}
              </Button>
            )}
          </Group>
        )}
      </Group>
      <ErrorAlert error={feedback.error} />
    </Paper>
  );
}
