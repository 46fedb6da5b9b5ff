import { Loader, Text } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { ArticleBody } from "./article-body";
import { usePreview } from "./articles.api";

/** The body as it will look, rendered and sanitized by the server, a moment after typing stops. */
export function MarkdownPreview({ body }: { body: string }) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(body, 400);
  const preview = usePreview(debounced, debounced.trim().length > 0);
  if (!body.trim())
    return (
      <Text c="dimmed" size="sm">
        {t("knowledge.editor.previewEmpty")}
      </Text>
    );
  return (
    <div aria-live="polite" aria-busy={preview.isFetching}>
      <ErrorAlert error={preview.error} />
      {preview.data === undefined ? <Loader size="sm" aria-label={t("common.loading")} /> : <ArticleBody html={preview.data} label={t("knowledge.editor.preview")} />}
    </div>
  );
}
