import { useState, type FormEvent } from "react";
import { Anchor, Button, Stack, Text, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { Link, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { AppModal } from "../../app/app-modal";
import { HighlightedText } from "./highlighted-text";
import { useSearch } from "./search.api";

/** The header search on a phone: a full-screen dialog with the top answers and "See all". */
export function PhoneSearch({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const search = useSearch(debounced, { limit: 5 });
  const hits = debounced ? (search.data ?? []) : [];

  const seeAll = (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim()) return;
    onClose();
    void navigate(`/knowledge?q=${encodeURIComponent(text.trim())}`);
  };

  return (
    <AppModal opened onClose={onClose} fullScreen title={t("knowledge.headerSearch.label")}>
      <form onSubmit={seeAll} role="search">
        <Stack gap="md">
          <TextInput
            type="search"
            size="md"
            data-autofocus
            aria-label={t("knowledge.headerSearch.label")}
            placeholder={t("knowledge.headerSearch.placeholder")}
            leftSection={<IconSearch size={18} aria-hidden />}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
          />
          {debounced && (
            <Stack gap="sm" aria-live="polite">
              {hits.length === 0 && !search.isFetching && <Text c="dimmed">{search.error ? t("knowledge.headerSearch.failed") : t("knowledge.headerSearch.none")}</Text>}
              {hits.map((hit) => (
                <Stack key={hit.id} gap={2}>
                  <Anchor component={Link} to={`/knowledge/${hit.id}`} onClick={onClose} fw={600}>
                    <HighlightedText text={hit.title} />
                  </Anchor>
                  <Text size="sm" c="dimmed" lineClamp={2}>
                    <HighlightedText text={hit.snippet} />
                  </Text>
                </Stack>
              ))}
              <Button type="submit" variant="light">
                {t("knowledge.headerSearch.seeAll", { query: debounced })}
              </Button>
            </Stack>
          )}
        </Stack>
      </form>
    </AppModal>
  );
}
