import { useCallback } from "react";
import { Alert, Anchor, Badge, Grid, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Link, useLocation, useParams, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../app/api-client";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { PageLoader } from "../../app/page-loader";
import { useCampuses } from "../campuses/campuses.api";
import { RelatedArticlesCard } from "../knowledge/related-articles-card";
import { NotFoundPage } from "../not-found/not-found-page";
import { AcceptAnswer } from "../community/accept-answer";
import { SuggestedHelpers } from "../community/suggested-helpers";
import { RequestGrowthCard } from "../growth/request-growth-card";
import { AttachmentsCard } from "./attachments-card";
import { FeedbackCard } from "./feedback-card";
import { useAssignees } from "./queue.api";
import { RequestActionsPanel } from "./request-actions-panel";
import { StatusBadge } from "./request-badges";
import { RequestDetails } from "./request-details";
import { useRequestPermissions } from "./request-permissions";
import { RequestTimeline } from "./request-timeline";
import { ReplyBox } from "./reply-box";
import { useConversation, useRequest } from "./requests.api";
import type { Conversation, HelpRequest } from "./requests.types";
import { TriagePanel } from "./triage-panel";
import { useTimelineText } from "./timeline-text";
import { useTopicPaths } from "./topic-paths";

/** `/requests/:id`: one request, its timeline, and what the signed-in person can do with it. */
export function RequestPage() {
  const { id } = useParams();
  const requestId = Number(id);
  const request = useRequest(requestId);
  const conversation = useConversation(requestId);
  if (!Number.isInteger(requestId) || (request.error instanceof ApiError && request.error.status === 404)) return <NotFoundPage />;
  if (request.isPending || conversation.isPending) return request.error ? <ErrorAlert error={request.error} /> : <PageLoader />;
  if (!request.data) return <ErrorAlert error={request.error} />;
  if (!conversation.data) return <ErrorAlert error={conversation.error} />;
  return <RequestView request={request.data} conversation={conversation.data} />;
}

function RequestView({ request, conversation }: { request: HelpRequest; conversation: Conversation }) {
  const { t } = useTranslation();
  const location = useLocation();
  const [params] = useSearchParams();
  const topics = useTopicPaths();
  const campuses = useCampuses().data ?? [];
  const can = useRequestPermissions(request);
  const assignees = useAssignees(can.triager).data;

  // Names for "X assigned Y": everyone this page has seen, plus the assignee list for tech.
  const nameOf = useCallback(
    (personId: number) => {
      if (personId === request.assigneeId && request.assigneeName) return request.assigneeName;
      if (personId === request.requesterId) return request.requesterName;
      const actor = conversation.timeline.find((e) => e.actorId === personId)?.actorName ?? conversation.messages.find((m) => m.authorId === personId)?.authorName;
      return actor ?? assignees?.find((p) => p.id === personId)?.name;
    },
    [request, conversation, assignees],
  );
  const describe = useTimelineText(nameOf, topics.path);
  const resolved = request.status === "resolved" || request.status === "closed";
  const askFeedback = can.isRequester && (resolved || params.get("feedback") === "1");
  const uploadFailed = (location.state as { uploadFailed?: boolean } | null)?.uploadFailed;

  return (
    <>
      <PageHeader
        title={request.title}
        description={
          <Group gap="xs" component="span">
            <StatusBadge status={request.status} size="lg" />
            {request.community && (
              <Badge variant="light" color="sun" c="sun.9" tt="none">
                {t("community.accept.communityBadge")}
              </Badge>
            )}
            <Text span c="dimmed">
              {t("requests.number", { id: request.id })} · {t("requests.askedBy", { name: request.requesterName })}
            </Text>
          </Group>
        }
      />
      {uploadFailed && (
        <Alert color="orange" variant="light" mb="md" role="alert">
          {t("ask.uploadFailed")}
        </Alert>
      )}
      {request.mergedIntoId !== null && (
        <Alert variant="light" mb="md">
          <Anchor component={Link} to={`/requests/${request.mergedIntoId}`}>
            {t("request.mergedInto", { id: request.mergedIntoId })}
          </Anchor>
        </Alert>
      )}
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            {askFeedback && <FeedbackCard request={request} />}
            <Paper withBorder radius="lg" p="md">
              <Stack gap="sm">
                {request.description && <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{request.description}</Text>}
                {request.tried && (
                  <Stack gap={2}>
                    <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                      {t("requests.fields.tried")}
                    </Text>
                    <Text style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>{request.tried}</Text>
                  </Stack>
                )}
                {!request.description && !request.tried && <Text c="dimmed">{request.title}</Text>}
              </Stack>
            </Paper>
            <section aria-labelledby="timeline-title">
              <Title order={2} size="h3" id="timeline-title" mb="md">
                {t("request.timeline")}
              </Title>
              <RequestTimeline
                conversation={conversation}
                describe={describe}
                messageFooter={request.community ? (message) => <AcceptAnswer request={request} message={message} isRequester={can.isRequester} /> : undefined}
              />
            </section>
            {request.status !== "closed" && (
              <ReplyBox requestId={request.id} canWriteInternal={conversation.canSeeInternal} canMention={can.triager} savedRepliesTopicId={can.canWork && !can.isRequester ? request.topicId : undefined} />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <RequestActionsPanel request={request} />
            <RequestGrowthCard request={request} isRequester={can.isRequester} />
            {can.triager && can.open && <SuggestedHelpers request={request} />}
            {can.triager && <TriagePanel key={request.id} request={request} topicOptions={topics.options} campuses={campuses} />}
            <RequestDetails request={request} topicPath={topics.path(request.topicId)} campuses={campuses} showClassifier={can.seesClassifier} />
            <RelatedArticlesCard
              requestId={request.id}
              requestTitle={request.title}
              canLink={can.canWork}
              canCapture={(can.canWork || can.triager) && resolved}
            />
            <AttachmentsCard requestId={request.id} attachments={conversation.attachments} canUpload={request.status !== "closed"} />
          </Stack>
        </Grid.Col>
      </Grid>
    </>
  );
}
