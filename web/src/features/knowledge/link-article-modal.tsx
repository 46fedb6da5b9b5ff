import { useState } from "react";
import { Button, Group, Input, Radio, SegmentedControl, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { AppModal } from "../../app/app-modal";
import { ErrorAlert } from "../../app/error-alert";
import { HighlightedText } from "./highlighted-text";
import { useLinkArticle } from "./request-articles.api";
import { useSearch } from "./search.api";

/** Search for an article and link it to the request: it solved it, or it was referenced. */
export function LinkArticleModal({ requestId, initialQuery, onClose }: { requestId: number; initialQuery: string; onClose(): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initialQuery);
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const search = useSearch(debounced, { limit: 8 });
  const [chosen, setChosen] = useState<string | null>(null);
  const [kind, setKind] = useState<"solved_by" | "referenced">("solved_by");
  const link = useLinkArticle(requestId);
  const hits = debounced ? (search.data ?? []) : [];

  return (
    <AppModal opened onClose={onClose} title={t("knowledge.related.linkTitle")} size="lg">
      <Stack gap="md">
        <ErrorAlert error={link.error ?? search.error} />
        <TextInput
          type="search"
          data-autofocus
          label={t("knowledge.related.searchLabel")}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            setChosen(null);
          }}
        />
        {debounced && hits.length === 0 && !search.isFetching && <Text c="dimmed">{t("knowledge.headerSearch.none")}</Text>}
        {hits.length > 0 && (
          <Radio.Group value={chosen} onChange={setChosen} label={t("knowledge.related.pick")}>
            <Stack gap="xs" mt={6}>
              {hits.map((hit) => (
                <Radio.Card key={hit.id} value={String(hit.id)} p="sm" radius="md" aria-label={hit.title.replace(/[«»]/g, "")}>
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator />
                    <Stack gap={2}>
                      <Text fw={600} size="sm">
                        <HighlightedText text={hit.title} />
                      </Text>
                      <Text size="xs" c="dimmed" lineClamp={2}>
                        <HighlightedText text={hit.snippet} />
                      </Text>
                    </Stack>
                  </Group>
                </Radio.Card>
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Stack gap={4}>
          <Input.Label id="link-kind" component="div">
            {t("knowledge.related.kindLabel")}
          </Input.Label>
          <SegmentedControl
            aria-labelledby="link-kind"
            value={kind}
            onChange={(value) => setKind(value as "solved_by" | "referenced")}
            data={[
              { value: "solved_by", label: t("knowledge.linkKind.solved_by") },
              { value: "referenced", label: t("knowledge.linkKind.referenced") },
            ]}
          />
        </Stack>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button disabled={!chosen} loading={link.isPending} onClick={() => chosen && link.mutate({ articleId: Number(chosen), kind }, { onSuccess: onClose })}>
            {t("knowledge.related.link")}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
