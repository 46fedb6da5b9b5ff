import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import { IconLifebuoy, IconList, IconListCheck } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { useAuth } from "../../app/auth-context";
import { NAV_ROLES } from "../../app/layout/nav-items";

/** The home page's first thing: ask for help, see my requests, and (for helpers and tech) the queue. */
export function AskForHelpCard() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  return (
    <Paper withBorder radius="lg" p="lg" bg="scaffold.0" maw="46rem" component="section" aria-labelledby="home-ask">
      <Group gap="md" align="flex-start" wrap="nowrap">
        <ThemeIcon size={48} radius="xl" aria-hidden visibleFrom="xs">
          <IconLifebuoy size={28} stroke={1.6} />
        </ThemeIcon>
        <Stack gap="sm" style={{ flex: 1 }}>
          <Title order={2} size="h3" id="home-ask">
            {t("home.askTitle")}
          </Title>
          <Text>{t("home.askBody")}</Text>
          <Group gap="sm">
            <Button component={Link} to="/requests/new" size="md" leftSection={<IconLifebuoy size={20} aria-hidden />}>
              {t("home.ask")}
            </Button>
            <Button component={Link} to="/requests" size="md" variant="default" leftSection={<IconList size={20} aria-hidden />}>
              {t("home.myRequests")}
            </Button>
            {hasRole(...NAV_ROLES.queue) && (
              <Button component={Link} to="/queue" size="md" variant="light" leftSection={<IconListCheck size={20} aria-hidden />}>
                {t("home.queue")}
              </Button>
            )}
          </Group>
        </Stack>
      </Group>
    </Paper>
  );
}
