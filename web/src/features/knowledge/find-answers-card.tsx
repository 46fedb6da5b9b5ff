import { useState, type FormEvent } from "react";
import { Button, Group, Paper, Stack, Text, TextInput, ThemeIcon, Title } from "@mantine/core";
import { IconBook2, IconSearch } from "@tabler/icons-react";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";

/** The home page's "Find answers": search the knowledge base before asking. */
export function FindAnswersCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void navigate(text.trim() ? `/knowledge?q=${encodeURIComponent(text.trim())}` : "/knowledge");
  };
  return (
    <Paper withBorder radius="lg" p="lg" maw="46rem" component="section" aria-labelledby="home-find">
      <Group gap="md" align="flex-start" wrap="nowrap">
        <ThemeIcon size={48} radius="xl" variant="light" aria-hidden visibleFrom="xs">
          <IconBook2 size={28} stroke={1.6} />
        </ThemeIcon>
        <Stack gap="sm" style={{ flex: 1 }}>
          <Title order={2} size="h3" id="home-find">
            {t("home.find.title")}
          </Title>
          <Text>{t("home.find.body")}</Text>
          <form onSubmit={submit} role="search">
            <Group gap="sm" align="flex-end">
              <TextInput
                type="search"
                size="md"
                style={{ flex: 1, minWidth: "12rem" }}
                aria-label={t("home.find.label")}
                placeholder={t("knowledge.searchPlaceholder")}
                leftSection={<IconSearch size={18} aria-hidden />}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
              />
              <Button type="submit" size="md" variant="light">
                {t("home.find.submit")}
              </Button>
            </Group>
          </form>
        </Stack>
      </Group>
    </Paper>
  );
}
