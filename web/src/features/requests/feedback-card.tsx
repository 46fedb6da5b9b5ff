import { useState, type FormEvent } from "react";
import { Button, Group, Input, Paper, Rating, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { useGiveFeedback, useUpdateRequest } from "./request-actions.api";
import { SELF_RELIANCE, type HelpRequest, type SelfReliance } from "./requests.types";

/** For the requester after resolution: "Could you do this yourself next time?", a rating, and Reopen. */
export function FeedbackCard({ request }: { request: HelpRequest }) {
  const { t } = useTranslation();
  const give = useGiveFeedback(request.id);
  const reopen = useUpdateRequest(request.id);
  const [editing, setEditing] = useState(request.selfReliance === null);
  const [answer, setAnswer] = useState<SelfReliance | "">(request.selfReliance ?? "");
  const [rating, setRating] = useState(request.satisfaction ?? 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!answer) return;
    give.mutate({ selfReliance: answer, satisfaction: rating || null }, { onSuccess: () => setEditing(false) });
  };

  return (
    <Paper withBorder radius="lg" p="md" bg="scaffold.0" component="section" aria-labelledby="feedback-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="feedback-title">
          {t("request.feedback.title")}
        </Title>
        <ErrorAlert error={give.error ?? reopen.error} />
        {editing ? (
          <form onSubmit={submit}>
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t("request.feedback.intro")}
              </Text>
              <SegmentedControl
                aria-label={t("request.feedback.title")}
                value={answer}
                onChange={(value) => setAnswer(value as SelfReliance)}
                data={SELF_RELIANCE.map((value) => ({ value, label: t(`selfReliance.${value}`) }))}
                fullWidth
                size="md"
              />
              <Stack gap={4}>
                <Input.Label id="feedback-rating" component="div">
                  {t("request.feedback.rating")}
                </Input.Label>
                <Rating value={rating} onChange={setRating} size="lg" aria-labelledby="feedback-rating" />
              </Stack>
              <Group>
                <Button type="submit" disabled={!answer} loading={give.isPending}>
                  {t("request.feedback.submit")}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group gap="sm" justify="space-between">
            <Text role="status">{t("request.feedback.thanks", { answer: t(`selfReliance.${request.selfReliance ?? answer}`) })}</Text>
            <Button variant="subtle" size="compact-sm" onClick={() => setEditing(true)}>
              {t("request.feedback.change")}
            </Button>
          </Group>
        )}
        {request.status === "resolved" && (
          <Group gap="sm">
            <Text size="sm" c="dimmed">
              {t("request.feedback.reopenHint")}
            </Text>
            <Button variant="default" size="compact-md" onClick={() => reopen.mutate({ version: request.version, status: "reopened" })} loading={reopen.isPending}>
              {t("request.reopen")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
