import { Anchor, Badge, Group, Paper, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconBook2, IconExternalLink } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { HighlightedText } from "../knowledge/highlighted-text";
import { useSuggestions } from "../knowledge/search.api";

interface Props {
  /** Title and description as typed. */
  text: string;
  viewed: number[];
  onOpen(articleId: number): void;
}

/** "Maybe this helps": articles and similar solved requests for what is being typed. */
export function AskArticleSuggestions({ text, viewed, onOpen }: Props) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(text.trim(), 300);
  const suggestions = useSuggestions(debounced.length >= 3 ? debounced : "", 5);
  const items = debounced.length >= 3 ? (suggestions.data ?? []) : [];
  if (items.length === 0) return null;

  return (
    <Paper withBorder radius="md" p="md" bg="sun.0" component="section" aria-labelledby="ask-suggestions-title" aria-live="polite">
      <Stack gap="sm">
        <Group gap="xs">
          <IconBook2 size={20} aria-hidden />
          <Title order={2} size="h4" id="ask-suggestions-title">
            {t("ask.articles.title")}
          </Title>
        </Group>
        <Text size="sm" c="gray.8">
          {t("ask.articles.intro")}
        </Text>
        <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
          {items.map((item) => (
            <li key={`${item.type}-${item.id}`}>
              {item.type === "article" ? (
                <UnstyledButton
                  onClick={() => onOpen(item.id)}
                  w="100%"
                  p="sm"
                  bg="white"
                  style={{ borderRadius: "var(--mantine-radius-md)", border: "1px solid var(--mantine-color-gray-3)" }}
                  aria-label={t("ask.articles.open", { title: item.title.replace(/[«»]/g, "") })}
                >
                  <Group gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                    <Text fw={600} c="scaffold.8" style={{ overflowWrap: "anywhere" }}>
                      <HighlightedText text={item.title} />
                    </Text>
                    {viewed.includes(item.id) && (
                      <Badge size="sm" variant="light" color="gray" c="gray.9" tt="none" style={{ flexShrink: 0 }}>
                        {t("ask.articles.read")}
                      </Badge>
                    )}
                  </Group>
                  <Text size="sm" c="gray.8" lineClamp={2}>
                    <HighlightedText text={item.snippet} />
                  </Text>
                </UnstyledButton>
              ) : (
                <Stack gap={2} p="sm" bg="white" style={{ borderRadius: "var(--mantine-radius-md)", border: "1px solid var(--mantine-color-gray-3)" }}>
                  <Group gap={6} wrap="nowrap">
                    <Badge size="sm" variant="outline" color="gray" c="gray.9" tt="none" style={{ flexShrink: 0 }}>
                      {t("ask.articles.solvedRequest")}
                    </Badge>
                    <Anchor component={Link} to={`/requests/${item.id}`} target="_blank" fw={600} style={{ overflowWrap: "anywhere" }}>
                      <HighlightedText text={item.title} /> <IconExternalLink size={14} aria-label={t("ask.articles.newTab")} />
                    </Anchor>
                  </Group>
                  <Text size="sm" c="gray.8" lineClamp={2}>
                    <HighlightedText text={item.snippet} />
                  </Text>
                </Stack>
              )}
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
