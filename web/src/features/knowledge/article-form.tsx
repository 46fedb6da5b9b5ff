import { useState, type FormEvent } from "react";
import { Alert, Button, Group, MultiSelect, Paper, SegmentedControl, Stack, Tabs, Text, Textarea, TextInput, Input } from "@mantine/core";
import { IconDeviceFloppy, IconEye, IconPencil } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../app/api-client";
import { ErrorAlert } from "../../app/error-alert";
import { ArticleStateChoice } from "./article-state-choice";
import { MarkdownPreview } from "./markdown-preview";
import type { Article, ArticleState, Audience, NewArticle } from "./knowledge.types";

export interface ArticleDraft extends NewArticle {
  note: string;
}

interface Props {
  /** The article being edited; absent for a new one. */
  article?: Article;
  stateOptions: ArticleState[];
  audiences: Audience[];
  topicOptions: { value: string; label: string }[];
  saving: boolean;
  error: unknown;
  /** Shown when the save answered 409: the person's text stays, and they choose what to do. */
  onSaveOverConflict?(draft: ArticleDraft): void;
  /** Shown when a non-tech edit of a validated article will go back for checking. */
  revalidationNote?: boolean;
  onSubmit(draft: ArticleDraft): void;
  onCancel(): void;
}

/** Title, Markdown body with a live preview tab, topics, audience, state and (on edits) a change note. */
export function ArticleForm({ article, stateOptions, audiences, topicOptions, saving, error, onSaveOverConflict, revalidationNote, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(article?.title ?? "");
  const [body, setBody] = useState(article?.body ?? "");
  const [topicIds, setTopicIds] = useState<string[]>(article?.topicIds.map(String) ?? []);
  const [audience, setAudience] = useState<Audience>(article?.audience ?? "everyone");
  const [state, setState] = useState<ArticleState>(article?.state ?? "draft");
  const [note, setNote] = useState("");
  const [tab, setTab] = useState<string | null>("write");
  const [submitted, setSubmitted] = useState(false);
  const conflict = error instanceof ApiError && error.code === "VERSION_CONFLICT";

  const draft = (): ArticleDraft => ({ title: title.trim(), body, topicIds: topicIds.map(Number), audience, state, note: note.trim() });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!title.trim() || !body.trim()) return;
    onSubmit(draft());
  };

  return (
    <Paper withBorder radius="lg" p={{ base: "md", sm: "lg" }} maw="56rem">
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          {conflict ? (
            <Alert color="orange" variant="light" role="alert" title={t("knowledge.editor.conflictTitle")}>
              <Stack gap="xs">
                <Text size="sm">{t("knowledge.editor.conflictBody")}</Text>
                <Group gap="xs">
                  {article && (
                    <Button component="a" href={`/knowledge/${article.id}`} target="_blank" rel="noopener" size="compact-md" variant="default">
                      {t("knowledge.editor.conflictOpen")}
                    </Button>
                  )}
                  {onSaveOverConflict && (
                    <Button size="compact-md" color="orange" onClick={() => onSaveOverConflict(draft())} loading={saving}>
                      {t("knowledge.editor.conflictSave")}
                    </Button>
                  )}
                </Group>
              </Stack>
            </Alert>
          ) : (
            <ErrorAlert error={error} />
          )}
          <TextInput
            label={t("knowledge.fields.title")}
            description={t("knowledge.editor.titleHint")}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            maxLength={200}
            withAsterisk
            size="md"
            error={submitted && !title.trim() ? t("knowledge.editor.required") : undefined}
          />
          <Stack gap={4}>
            <Input.Label required htmlFor="article-body">
              {t("knowledge.fields.body")}
            </Input.Label>
            <Tabs value={tab} onChange={setTab} keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="write" leftSection={<IconPencil size={16} aria-hidden />}>
                  {t("knowledge.editor.write")}
                </Tabs.Tab>
                <Tabs.Tab value="preview" leftSection={<IconEye size={16} aria-hidden />}>
                  {t("knowledge.editor.preview")}
                </Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="write" pt="sm">
                <Textarea
                  id="article-body"
                  aria-label={t("knowledge.fields.body")}
                  description={t("knowledge.editor.markdownHint")}
                  inputWrapperOrder={["input", "description", "error"]}
                  value={body}
                  onChange={(e) => setBody(e.currentTarget.value)}
                  autosize
                  minRows={12}
                  maxRows={30}
                  styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }}
                  error={submitted && !body.trim() ? t("knowledge.editor.required") : undefined}
                />
              </Tabs.Panel>
              <Tabs.Panel value="preview" pt="sm">
                <Paper withBorder radius="md" p="md" mih={200}>
                  <MarkdownPreview body={body} />
                </Paper>
              </Tabs.Panel>
            </Tabs>
          </Stack>
          <MultiSelect
            label={t("knowledge.fields.topics")}
            placeholder={topicIds.length ? undefined : t("knowledge.editor.topicsPlaceholder")}
            data={topicOptions}
            value={topicIds}
            onChange={setTopicIds}
            searchable
            clearable
            maxValues={20}
            nothingFoundMessage={t("common.nothingFound")}
          />
          {audiences.length > 1 && (
            <Stack gap={4}>
              <Input.Label id="article-audience" component="div">
                {t("knowledge.fields.audience")}
              </Input.Label>
              <SegmentedControl
                aria-labelledby="article-audience"
                value={audience}
                onChange={(value) => setAudience(value as Audience)}
                data={audiences.map((value) => ({ value, label: t(`knowledge.audience.${value}`) }))}
                fullWidth
              />
            </Stack>
          )}
          <ArticleStateChoice options={stateOptions} value={state} onChange={setState} />
          {revalidationNote && (
            <Text size="sm" c="dimmed">
              {t("knowledge.editor.revalidationNote")}
            </Text>
          )}
          {article && (
            <TextInput
              label={t("knowledge.fields.note")}
              description={t("knowledge.editor.noteHint")}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              maxLength={500}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" leftSection={<IconDeviceFloppy size={18} aria-hidden />} loading={saving}>
              {article ? t("knowledge.editor.saveChanges") : t("knowledge.editor.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
