import type { ReactNode } from "react";
import { Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { useAuth, useMe } from "../../app/auth-context";
import { DigestSwitch } from "../insights/digest-switch";
import { PageHeader } from "../../app/page-header";
import { ApiTokensSection } from "./api-tokens-section";
import { ChangePasswordForm } from "./change-password-form";
import { ProfileDetailsForm } from "./profile-details-form";

/** The signed-in person's own settings: name, language, password and API tokens. */
export function ProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { hasRole } = useAuth();
  return (
    <>
      <PageHeader title={t("profile.title")} description={me.email} />
      <Stack gap="lg" maw="46rem">
        <Section title={t("profile.details")} id="profile-details">
          <ProfileDetailsForm key={me.id} me={me} />
        </Section>
        <Section title={t("community.me.title")} id="profile-skills">
          <Group justify="space-between" gap="sm">
            <Text c="dimmed" maw="28rem">
              {t("community.me.intro")}
            </Text>
            <Button component={Link} to="/community/me" variant="light">
              {t("community.me.open")}
            </Button>
          </Group>
        </Section>
        <Section title={t("myGrowth.title")} id="profile-growth">
          <Group justify="space-between" gap="sm">
            <Text c="dimmed" maw="28rem">
              {t("myGrowth.linkIntro")}
            </Text>
            <Group gap="xs">
              <Button component={Link} to="/me/growth" variant="light">
                {t("myGrowth.link")}
              </Button>
              <Button component={Link} to="/growth/me" variant="light">
                {t("profile.myLearning")}
              </Button>
            </Group>
          </Group>
        </Section>
        {hasRole("leader", "tech", "admin") && (
          <Section title={t("insights.digest.title")} id="profile-digest">
            <DigestSwitch />
          </Section>
        )}
        <Section title={t("profile.password")} id="profile-password">
          <ChangePasswordForm />
        </Section>
        <Section title={t("profile.tokens")} id="profile-tokens">
          <ApiTokensSection />
        </Section>
      </Stack>
    </>
  );
}

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p={{ base: "md", sm: "lg" }} component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}
