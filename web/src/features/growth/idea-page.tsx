import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { Link, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { useAuth } from "../../app/auth-context";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { PageLoader } from "../../app/page-loader";
import { useTopicPaths } from "../requests/topic-paths";
import { IdeaMentors } from "./idea-mentors";
import { IdeaMilestones } from "./idea-milestones";
import { IdeaStatusBadge } from "./idea-status-badge";
import { IdeaStepper } from "./idea-stepper";
import { IdeaUpdates } from "./idea-updates";
import { useIdea } from "./ideas.api";

/** `/growth/ideas/:id`: status, mentors, milestones and the check-in thread. The owner does the work. */
export function IdeaPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const { me } = useAuth();
  const idea = useIdea(id);
  const topics = useTopicPaths();
  const data = idea.data;
  const isOwner = !!data && data.ownerId === me?.id;
  const isMentor = !!data && data.mentors.some((m) => m.personId === me?.id);

  return (
    <>
      <PageHeader
        title={data?.title ?? t("growth.ideas.title")}
        description={data ? t("growth.ideas.by", { name: data.ownerName }) : undefined}
        actions={
          <Button variant="default" component={Link} to="/growth/ideas">
            {t("growth.idea.back")}
          </Button>
        }
      />
      <ErrorAlert error={idea.error} />
      {idea.isPending && !idea.error && <PageLoader />}
      {data && (
        <Stack gap="lg">
          <Paper withBorder radius="lg" p="md">
            <Stack gap="sm">
              <Group gap="xs">
                <IdeaStatusBadge status={data.status} />
                {data.topicIds.map((tid) => (
                  <Badge key={tid} variant="outline" color="gray" c="gray.8" tt="none">
                    {topics.path(tid)}
                  </Badge>
                ))}
              </Group>
              <IdeaStepper idea={data} canMove={isOwner} />
            </Stack>
          </Paper>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Stack gap="lg">
              <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="idea-about">
                <Stack gap="sm">
                  <Title order={2} size="h4" id="idea-about">
                    {t("growth.idea.about")}
                  </Title>
                  <Field label={t("growth.ideaForm.pitch")} value={data.pitch} />
                  <Field label={t("growth.ideaForm.goals")} value={data.goals} />
                  <Field label={t("growth.ideaForm.timeline")} value={data.timeline} />
                  {data.support.length > 0 && (
                    <Stack gap={4}>
                      <Text fw={600} size="sm">
                        {t("growth.ideaForm.support")}
                      </Text>
                      <Group gap={6}>
                        {data.support.map((s) => (
                          <Badge key={s} variant="light" tt="none">
                            {t(`growth.support.${s}`)}
                          </Badge>
                        ))}
                      </Group>
                    </Stack>
                  )}
                </Stack>
              </Paper>
              <IdeaMilestones idea={data} canEdit={isOwner || isMentor} />
            </Stack>
            <Stack gap="lg">
              <IdeaMentors idea={data} isOwner={isOwner} />
              <IdeaUpdates ideaId={data.id} canCheckIn={isOwner || isMentor} />
            </Stack>
          </SimpleGrid>
        </Stack>
      )}
    </>
  );
}

function Field({ label, value }: { label: string; value: string }) {
  if (!value) return null;
  return (
    <Stack gap={2}>
      <Text fw={600} size="sm">
        {label}
      </Text>
      <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{value}</Text>
    </Stack>
  );
}
