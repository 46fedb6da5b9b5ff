import { Anchor, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconBulb, IconCalendarEvent, IconCertificate, type Icon } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../app/page-header";

const CARDS: { to: string; key: string; icon: Icon }[] = [
  { to: "/growth/trainings", key: "trainings", icon: IconCalendarEvent },
  { to: "/growth/ideas", key: "ideas", icon: IconBulb },
  { to: "/growth/me", key: "me", icon: IconCertificate },
];

/** `/growth`: trainings, idea proposals and my learning. */
export function GrowthPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t("growth.title")} description={t("growth.intro")} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" component="ul" m={0} p={0} style={{ listStyle: "none" }}>
        {CARDS.map(({ to, key, icon: CardIcon }) => (
          <li key={key}>
            <Paper withBorder radius="lg" p="md" h="100%" component="article">
              <Stack gap="xs">
                <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
                  <CardIcon size={22} />
                </ThemeIcon>
                <Title order={2} size="h4">
                  <Anchor component={Link} to={to}>
                    {t(`growth.cards.${key}.title`)}
                  </Anchor>
                </Title>
                <Text size="sm" c="dimmed">
                  {t(`growth.cards.${key}.text`)}
                </Text>
              </Stack>
            </Paper>
          </li>
        ))}
      </SimpleGrid>
    </>
  );
}
