import { Group, Text, UnstyledButton } from "@mantine/core";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";

/** The "Scaffold" wordmark, linking home. */
export function AppLogo() {
  const { t } = useTranslation();
  return (
    <UnstyledButton component={Link} to="/" aria-label={t("app.homeLink")}>
      <Group gap={8} wrap="nowrap">
        <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="var(--mantine-color-scaffold-7)" />
          <path d="M9 23V9h4v14zm5-6v-4h9v4z" fill="#fff" />
        </svg>
        <Text fw={700} fz="lg" c="scaffold.8">
          {t("app.name")}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
