import { useState, type FormEvent } from "react";
import { Button, Group, Input, Paper, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSend } from "@tabler/icons-react";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { useMe } from "../../app/auth-context";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { useCampuses } from "../campuses/campuses.api";
import { AskArticleDrawer } from "./ask-article-drawer";
import { AskArticleSuggestions } from "./ask-article-suggestions";
import { AskDeflected } from "./ask-deflected";
import { AskLearnableOffer } from "./ask-learnable-offer";
import { AskModeCards } from "./ask-mode-cards";
import { AskSuggestion } from "./ask-suggestion";
import { AttachmentPicker, filesAreValid } from "./attachment-picker";
import { useUploadAttachments } from "./attachments.api";
import { useClassification, useCreateRequest } from "./requests.api";
import { URGENCIES, type Mode, type Urgency } from "./requests.types";
import { useTopicPaths } from "./topic-paths";

/**
 * "Ask for help": the request form, with suggested articles and the classifier's proposal shown while
 * the person types; an article that solves it ends here, with nothing sent.
 */
export function AskPage() {
  const { t } = useTranslation();
  const [deflectedBy, setDeflectedBy] = useState<number | null>(null);
  const [formKey, setFormKey] = useState(0);
  if (deflectedBy === null) return <AskForm key={formKey} onDeflected={setDeflectedBy} />;
  return (
    <>
      <PageHeader title={t("ask.title")} />
      <AskDeflected
        articleId={deflectedBy}
        onAskAgain={() => {
          setDeflectedBy(null);
          setFormKey((key) => key + 1);
        }}
      />
    </>
  );
}

function AskForm({ onDeflected }: { onDeflected(articleId: number): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const topics = useTopicPaths();
  const campuses = useCampuses().data ?? [];
  const create = useCreateRequest();
  const uploads = useUploadAttachments();

  const [title, setTitle] = useState("");
  const [description, setDescription] = useState("");
  const [topicId, setTopicId] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode | null>(null);
  const [tried, setTried] = useState("");
  const [urgency, setUrgency] = useState<Urgency>("normal");
  const [campusId, setCampusId] = useState<string>(me.campusId === null ? "" : String(me.campusId));
  const [device, setDevice] = useState("");
  const [files, setFiles] = useState<File[]>([]);
  const [offerDeclined, setOfferDeclined] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [viewedArticleIds, setViewedArticleIds] = useState<number[]>([]);
  const [openArticle, setOpenArticle] = useState<number | null>(null);
  const [community, setCommunity] = useState(false);
  const [staffOnly, setStaffOnly] = useState(false);
  const isStaff = me.kind !== "student";
  const typed = [title.trim(), description.trim()].filter(Boolean).join("\n");

  const [debounced] = useDebouncedValue({ title: title.trim(), text: description.trim() }, 400);
  const classification = useClassification(debounced.title, debounced.text);
  const topic = topicId ? topics.topic(Number(topicId)) : undefined;
  const showOffer = mode === "do" && topic?.nature === "learnable" && !offerDeclined;
  const missing = [!title.trim() && t("ask.fields.title"), !topicId && t("ask.fields.topic"), !mode && t("ask.fields.mode")].filter(Boolean);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (missing.length || !mode || !topicId || !filesAreValid(files)) return;
    create.mutate(
      {
        title: title.trim(),
        description: description.trim(),
        topicId: Number(topicId),
        mode,
        tried: tried.trim(),
        urgency,
        campusId: campusId ? Number(campusId) : null,
        device: device.trim() || null,
        viewedArticleIds: viewedArticleIds.length ? viewedArticleIds : undefined,
        community: community || undefined,
        staffOnly: isStaff && staffOnly ? true : undefined,
      },
      {
        onSuccess: async (request) => {
          const failed = files.length ? await uploads.mutateAsync({ requestId: request.id, files }) : [];
          await navigate(`/requests/${request.id}`, { state: { uploadFailed: failed.length > 0 } });
        },
      },
    );
  };

  return (
    <>
      <PageHeader title={t("ask.title")} description={t("ask.intro")} />
      <Paper withBorder radius="lg" p={{ base: "md", sm: "lg" }} maw="52rem">
        <form onSubmit={submit} noValidate>
          <Stack gap="lg">
            <ErrorAlert error={create.error ?? topics.error} />
            <TextInput
              label={t("ask.fields.title")}
              placeholder={t("ask.fields.titlePlaceholder")}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              maxLength={200}
              withAsterisk
              size="md"
              error={submitted && !title.trim() ? t("ask.required", { fields: t("ask.fields.title") }) : undefined}
            />
            <Textarea
              label={t("ask.fields.description")}
              placeholder={t("ask.fields.descriptionPlaceholder")}
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              autosize
              minRows={3}
              maxRows={12}
            />
            <AskArticleSuggestions
              text={typed}
              viewed={viewedArticleIds}
              onOpen={(articleId) => {
                setOpenArticle(articleId);
                setViewedArticleIds((ids) => (ids.includes(articleId) ? ids : [...ids, articleId].slice(-20)));
              }}
            />
            <AskSuggestion
              suggestion={classification.data}
              mode={mode}
              topicChosen={!!topicId}
              onUseMode={setMode}
              onUseTopic={(id) => setTopicId(String(id))}
              topicLabel={topics.path}
            />
            <AskModeCards value={mode} onChange={setMode} error={submitted && !mode ? t("ask.required", { fields: t("ask.fields.mode") }) : undefined} />
            <Select
              label={t("ask.fields.topic")}
              placeholder={t("ask.fields.topicPlaceholder")}
              data={topics.options}
              value={topicId}
              onChange={setTopicId}
              searchable
              clearable
              withAsterisk
              nothingFoundMessage={t("common.nothingFound")}
              error={submitted && !topicId ? t("ask.required", { fields: t("ask.fields.topic") }) : undefined}
            />
            {showOffer && <AskLearnableOffer onAccept={() => setMode("guide")} onDecline={() => setOfferDeclined(true)} />}
            <Textarea
              label={t("ask.fields.tried")}
              placeholder={t("ask.fields.triedPlaceholder")}
              value={tried}
              onChange={(e) => setTried(e.currentTarget.value)}
              autosize
              minRows={2}
              maxRows={8}
            />
            <Stack gap={4}>
              <Input.Label id="ask-urgency" component="div">
                {t("ask.fields.urgency")}
              </Input.Label>
              <SegmentedControl
                aria-labelledby="ask-urgency"
                value={urgency}
                onChange={(value) => setUrgency(value as Urgency)}
                data={URGENCIES.map((value) => ({ value, label: t(`urgency.${value}`) }))}
                fullWidth
              />
            </Stack>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <Select
                label={t("ask.fields.campus")}
                data={[{ value: "", label: t("ask.noCampus") }, ...campuses.map((campus) => ({ value: String(campus.id), label: campus.name }))]}
                value={campusId}
                onChange={(value) => setCampusId(value ?? "")}
                allowDeselect={false}
              />
              <TextInput
                label={t("ask.fields.device")}
                description={t("ask.fields.deviceHint")}
                value={device}
                onChange={(e) => setDevice(e.currentTarget.value)}
                maxLength={100}
              />
            </SimpleGrid>
            <Stack gap="sm">
              <Switch
                label={t("community.ask.community")}
                description={t("community.ask.communityHint")}
                checked={community}
                onChange={(e) => setCommunity(e.currentTarget.checked)}
              />
              {isStaff && (
                <Switch
                  label={t("community.ask.staffOnly")}
                  description={t("community.ask.staffOnlyHint")}
                  checked={staffOnly}
                  onChange={(e) => setStaffOnly(e.currentTarget.checked)}
                />
              )}
            </Stack>
            <AttachmentPicker label={t("ask.fields.attachments")} description={t("ask.fields.attachmentsHint")} value={files} onChange={setFiles} />
            {submitted && missing.length > 0 && (
              <Text c="red.8" size="sm" role="alert">
                {t("ask.required", { fields: missing.join(", ") })}
              </Text>
            )}
            <Group justify="flex-end">
              <Button type="submit" size="md" leftSection={<IconSend size={18} aria-hidden />} loading={create.isPending || uploads.isPending} fullWidth={false}>
                {t("ask.submit")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      {openArticle !== null && (
        <AskArticleDrawer articleId={openArticle} text={typed} onSolved={() => onDeflected(openArticle)} onStillNeedHelp={() => setOpenArticle(null)} />
      )}
    </>
  );
}
