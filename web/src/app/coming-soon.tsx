import { Badge, Card, Group, List, Stack, Text, ThemeIcon } from "@mantine/core";
import { IconCheck, type Icon } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "./page-header";

/**
 * An honest page for an area that is not built yet: what it will do, in plain words.
 * `area` names the i18n block `areas.<area>` (title, summary, points).
 */
export function ComingSoon({ area, icon: AreaIcon }: { area: string; icon: Icon }) {
  const { t } = useTranslation();
  const points = t(`areas.${area}.points`, { returnObjects: true }) as string[];
  return (
    <>
      <PageHeader title={t(`areas.${area}.title`)} description={t(`areas.${area}.summary`)} />
      <Card withBorder radius="lg" p="lg" maw="46rem">
        <Stack gap="md">
          <Group gap="sm">
            <ThemeIcon size={44} radius="xl" variant="light" aria-hidden>
              <AreaIcon size={24} stroke={1.6} />
            </ThemeIcon>
            <Badge color="sun.2" c="sun.9" size="lg" tt="none">
              {t("comingSoon.badge")}
            </Badge>
          </Group>
          <Text fw={600}>{t("comingSoon.willDo")}</Text>
          <List spacing="sm" icon={<ThemeIcon size={22} radius="xl" variant="light" aria-hidden><IconCheck size={14} /></ThemeIcon>}>
            {points.map((point) => (
              <List.Item key={point}>{point}</List.Item>
            ))}
          </List>
          <Text c="dimmed" size="sm">
            {t("comingSoon.footer")}
          </Text>
        </Stack>
      </Card>
    </>
  );
}
