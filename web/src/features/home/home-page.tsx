import type { ReactNode } from "react";
import { Badge, Button, Group, List, Paper, Stack, Text, Title } from "@mantine/core";
import { IconPlant2 } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { useAuth, useMe } from "../../app/auth-context";
import { PageHeader } from "../../app/page-header";
import { ADMIN_NAV, MAIN_NAV } from "../../app/layout/nav-items";
import { AreaCard } from "./area-card";
import { AskForHelpCard } from "./ask-for-help-card";
import { FindAnswersCard } from "../knowledge/find-answers-card";
import type { Role } from "../../app/api-types";

/** Roles whose extra abilities the home page explains, in display order. */
const ROLE_ABILITIES: Role[] = ["helper", "tech", "leader", "admin"];

/** The landing page: a greeting, what this person can do, and a way into every area. */
export function HomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { hasRole } = useAuth();
  const areas = MAIN_NAV.filter((item) => item.to !== "/" && (!item.roles || hasRole(...item.roles)));
  const admin = ADMIN_NAV.filter((item) => !item.roles || hasRole(...item.roles));
  const abilities = ROLE_ABILITIES.filter((role) => me.roles.includes(role));

  return (
    <Stack gap="lg">
      <PageHeader title={t("home.greeting", { name: me.name })} description={t("home.intro")} />
      <AskForHelpCard />
      <FindAnswersCard />

      <Paper withBorder radius="lg" p="lg" maw="46rem">
        <Group gap="xs" mb="sm">
          <Title order={2} size="h3">
            {t("home.youCan")}
          </Title>
          {me.roles.filter((role) => role !== "member").map((role) => (
            <Badge key={role} variant="light">
              {t(`roles.${role}`)}
            </Badge>
          ))}
        </Group>
        <List spacing="xs">
          <List.Item>{t("home.abilities.member")}</List.Item>
          {abilities.map((role) => (
            <List.Item key={role}>{t(`home.abilities.${role}`)}</List.Item>
          ))}
        </List>
        <Group justify="space-between" gap="sm" mt="md">
          <Text c="dimmed" size="sm" maw="28rem">
            {t("myGrowth.linkIntro")}
          </Text>
          <Button component={Link} to="/me/growth" variant="light" leftSection={<IconPlant2 size={16} aria-hidden />}>
            {t("myGrowth.link")}
          </Button>
        </Group>
      </Paper>

      <section aria-labelledby="home-areas">
        <Title order={2} size="h3" id="home-areas" mb="sm">
          {t("home.areas")}
        </Title>
        <AreaGrid>
          {areas.map((item) => (
            <AreaCard key={item.to} item={item} description={t(`areas.${item.to.slice(1)}.summary`)} />
          ))}
        </AreaGrid>
      </section>

      {admin.length > 0 && (
        <section aria-labelledby="home-admin">
          <Title order={2} size="h3" id="home-admin" mb="sm">
            {t("nav.admin")}
          </Title>
          <AreaGrid>
            {admin.map((item) => (
              <AreaCard key={item.to} item={item} description={t(`home.admin.${item.to.split("/").pop() ?? ""}`)} />
            ))}
          </AreaGrid>
        </section>
      )}
      <Text c="dimmed" size="sm">
        {t("home.footer")}
      </Text>
    </Stack>
  );
}

function AreaGrid({ children }: { children: ReactNode }) {
  return (
    <div style={{ display: "grid", gap: "var(--mantine-spacing-md)", gridTemplateColumns: "repeat(auto-fill, minmax(15rem, 1fr))" }}>
      {children}
    </div>
  );
}
