import { Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Campus } from "../../app/api-types";
import { useFormatDate } from "../../app/format-date";
import { ModeBadge, UrgencyBadge } from "./request-badges";
import type { HelpRequest } from "./requests.types";
import { Fact } from "../../app/fact";

interface Props {
  request: HelpRequest;
  topicPath: string;
  campuses: Campus[];
  /** Helpers and tech see the classifier's suggestion with its reasons. */
  showClassifier: boolean;
}

/** The facts of a request: mode (requested and final), topic, nature, people, campus, device. */
export function RequestDetails({ request, topicPath, campuses, showClassifier }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const suggestion = request.suggestedMode;
  const campus = campuses.find((c) => c.id === request.campusId)?.name ?? t("ask.noCampus");

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="details-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="details-title">
          {t("request.details")}
        </Title>
        <Fact label={t("requests.fields.finalMode")}>
          <Group gap={6}>
            <ModeBadge mode={request.mode} />
            {request.mode !== request.requestedMode && (
              <Text size="sm" c="dimmed">
                {t("requests.modeCorrected", { requested: t(`modes.${request.requestedMode}.label`) })}
              </Text>
            )}
          </Group>
        </Fact>
        {showClassifier && suggestion && (
          <Text size="sm" c="dimmed">
            {t("requests.suggested", {
              mode: t(`modes.${suggestion.mode}.label`),
              confidence: Math.round(suggestion.confidence * 100),
              reasons: suggestion.reasons.join(", "),
            })}
          </Text>
        )}
        <Fact label={t("requests.fields.topic")}>{topicPath}</Fact>
        <Fact label={t("requests.fields.nature")}>{t(`topics.nature.${request.nature}`)}</Fact>
        <Fact label={t("requests.fields.urgency")}>
          <UrgencyBadge urgency={request.urgency} />
        </Fact>
        <Fact label={t("requests.fields.requester")}>{request.requesterName}</Fact>
        <Fact label={t("requests.fields.assignee")}>{request.assigneeName ?? t("requests.unassigned")}</Fact>
        <Fact label={t("requests.fields.campus")}>{campus}</Fact>
        {request.device && <Fact label={t("requests.fields.device")}>{request.device}</Fact>}
        <Fact label={t("requests.fields.created")}>{formatDate(request.createdAt)}</Fact>
        {request.resolutionKind && <Fact label={t("status.resolved")}>{t(`resolution.${request.resolutionKind}.label`)}</Fact>}
      </Stack>
    </Paper>
  );
}
