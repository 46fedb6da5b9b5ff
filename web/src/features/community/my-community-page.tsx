import type { ReactNode } from "react";
import { Anchor, List, Paper, Stack, Text, Title } from "@mantine/core";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { PageLoader } from "../../app/page-loader";
import { AvailabilityForm } from "./availability-form";
import { useMyProfile } from "./community.api";
import { MySkillsSection } from "./my-skills-section";

/** `/community/me`: my skills, interests and availability, and how skills grow from the record. */
export function MyCommunityPage() {
  const { t } = useTranslation();
  const profile = useMyProfile();
  return (
    <>
      <PageHeader
        title={t("community.me.title")}
        description={t("community.me.intro")}
        actions={
          <Anchor component={Link} to="/community">
            {t("community.me.back")}
          </Anchor>
        }
      />
      {profile.isPending ? (
        <PageLoader />
      ) : !profile.data ? (
        <ErrorAlert error={profile.error} />
      ) : (
        <Stack gap="lg" maw="52rem">
          <Section title={t("community.me.skills")} id="my-skills">
            <MySkillsSection skills={profile.data.skills} />
          </Section>
          <Section title={t("community.me.availability")} id="my-availability">
            <AvailabilityForm key={profile.data.personId} profile={profile.data} />
          </Section>
          <Section title={t("community.me.growth")} id="skills-grow">
            {profile.data.growthRules.length === 0 ? (
              <Text c="dimmed">{t("community.me.noRules")}</Text>
            ) : (
              <List spacing="xs">
                {profile.data.growthRules.map((rule) => (
                  <List.Item key={rule}>{rule}</List.Item>
                ))}
              </List>
            )}
          </Section>
        </Stack>
      )}
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
