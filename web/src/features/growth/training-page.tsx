import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { useAuth } from "../../app/auth-context";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { PageLoader } from "../../app/page-loader";
import { useArticle } from "../knowledge/articles.api";
import { useTopicPaths } from "../requests/topic-paths";
import { EnrolButtons } from "./enrol-buttons";
import { TrainingAttendance } from "./training-attendance";
import { TrainingEffect } from "./training-effect";
import { TrainingBadges, TrainingFacts } from "./training-facts";
import { hasEnded } from "./training-time";
import { useCancelTraining, useTraining } from "./trainings.api";

/** `/growth/trainings/:id`: one training; the facilitator and tech also see enrolments, attendance and the effect. */
export function TrainingPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { me, hasRole } = useAuth();
  const training = useTraining(id);
  const cancel = useCancelTraining(id);
  const topics = useTopicPaths();
  const data = training.data;
  const manages = !!data && (hasRole("tech", "admin") || data.facilitatorId === me?.id);

  return (
    <>
      <PageHeader
        title={data?.title ?? t("growth.trainings.title")}
        description={data ? [topics.path(data.topicId), data.facilitatorName && t("growth.trainings.by", { name: data.facilitatorName })].filter(Boolean).join(" · ") : undefined}
        actions={
          <Button variant="default" component={Link} to="/growth/trainings">
            {t("growth.training.back")}
          </Button>
        }
      />
      <ErrorAlert error={training.error} />
      {training.isPending && !training.error && <PageLoader />}
      {data && (
        <Stack gap="lg" maw="52rem">
          <Paper withBorder radius="lg" p="md">
            <Stack gap="sm">
              <TrainingBadges training={data} />
              <TrainingFacts training={data} />
              {data.description && <Text style={{ whiteSpace: "pre-wrap" }}>{data.description}</Text>}
              {data.materials.length > 0 && (
                <Stack gap={4}>
                  <Title order={2} size="h5">
                    {t("growth.training.materials")}
                  </Title>
                  <List>
                    {data.materials.map((articleId) => (
                      <List.Item key={articleId}>
                        <MaterialLink articleId={articleId} />
                      </List.Item>
                    ))}
                  </List>
                </Stack>
              )}
              <EnrolButtons training={data} />
            </Stack>
          </Paper>
          {manages && <TrainingAttendance training={data} />}
          {manages && hasEnded(data) && data.status !== "cancelled" && <TrainingEffect trainingId={data.id} />}
          {manages && data.status !== "cancelled" && !hasEnded(data) && (
            <Group>
              <Button color="red" variant="light" loading={cancel.isPending} onClick={() => window.confirm(t("growth.training.cancelConfirm")) && cancel.mutate()}>
                {t("growth.training.cancelTraining")}
              </Button>
            </Group>
          )}
          <ErrorAlert error={cancel.error} />
        </Stack>
      )}
    </>
  );
}

function MaterialLink({ articleId }: { articleId: number }) {
  const { t } = useTranslation();
  const article = useArticle(articleId, { countView: false });
  return (
    <Anchor component={Link} to={`/knowledge/${articleId}`}>
      {article.data?.title ?? t("growth.training.article", { id: articleId })}
    </Anchor>
  );
}
