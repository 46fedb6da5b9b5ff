import { useState, type ReactNode } from "react";
import { Anchor, Button, List, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconPrinter } from "@tabler/icons-react";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { useAuth } from "../../app/auth-context";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { useMyGrowth } from "../insights/insights.api";
import { useIdeas } from "./ideas.api";
import { hasEnded, useTrainingTime } from "./training-time";
import { useTrainings } from "./trainings.api";
import classes from "./my-learning.module.css";

/** `/growth/me`: what I learned — things I can now do myself, trainings, skills and shipped ideas; printable. */
export function MyLearningPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const time = useTrainingTime();
  const growth = useMyGrowth();
  const [to] = useState(() => new Date().toISOString());
  const trainings = useTrainings({ mine: true, to });
  const ideas = useIdeas({ owner: "me", status: "shipped" });
  const attended = (trainings.data?.items ?? []).filter((tr) => tr.status !== "cancelled" && tr.myStatus === "enrolled" && hasEnded(tr));
  const months = growth.data?.months ?? [];
  const guided = months.reduce((n, m) => n + m.resolved.guided + m.resolved.selfSolved, 0);
  const canDo = months.reduce((n, m) => n + m.couldDoItMyself.yes + m.couldDoItMyself.partly, 0);

  return (
    <div className={classes.sheet}>
      <PageHeader
        title={t("growth.me.title")}
        description={me ? t("growth.me.intro", { name: me.name }) : undefined}
        actions={
          <Button className={classes.noPrint} variant="default" leftSection={<IconPrinter size={18} aria-hidden />} onClick={() => window.print()}>
            {t("growth.me.print")}
          </Button>
        }
      />
      <Stack gap="lg">
        <ErrorAlert error={growth.error ?? trainings.error ?? ideas.error} />
        {growth.isPending && <Skeleton h={120} radius="lg" />}
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
          <Figure label={t("growth.me.guided")} value={guided} />
          <Figure label={t("growth.me.canDo")} value={canDo} />
          <Figure label={t("growth.me.trainingsCount")} value={attended.length} />
        </SimpleGrid>
        <Section id="learn-can-do" title={t("growth.me.canDoTitle")}>
          {(growth.data?.highlights.length ?? 0) === 0 ? (
            <Text c="dimmed">{t("growth.me.noCanDo")}</Text>
          ) : (
            <List spacing="xs">
              {growth.data?.highlights.map((line) => (
                <List.Item key={line}>{line}</List.Item>
              ))}
            </List>
          )}
        </Section>
        <Section id="learn-trainings" title={t("growth.me.trainings")}>
          {attended.length === 0 ? (
            <Text c="dimmed">{t("growth.me.noTrainings")}</Text>
          ) : (
            <List spacing="xs">
              {attended.map((tr) => (
                <List.Item key={tr.id}>
                  <Anchor component={Link} to={`/growth/trainings/${tr.id}`}>
                    {tr.title}
                  </Anchor>{" "}
                  — {time(tr.startsAt)}
                </List.Item>
              ))}
            </List>
          )}
        </Section>
        <Section id="learn-skills" title={t("growth.me.skills")}>
          {(growth.data?.skills.length ?? 0) === 0 ? (
            <Text c="dimmed">{t("growth.me.noSkills")}</Text>
          ) : (
            <List spacing="xs">
              {growth.data?.skills.map((skill) => (
                <List.Item key={`${skill.at}-${skill.topic}`}>
                  {t(skill.from ? "myGrowth.skillRaised" : "myGrowth.skillNew", { topic: skill.topic, from: skill.from && t(`community.levels.${skill.from}`, { defaultValue: skill.from }), to: t(`community.levels.${skill.to}`, { defaultValue: skill.to }), date: new Date(skill.at).toLocaleDateString() })}
                </List.Item>
              ))}
            </List>
          )}
        </Section>
        <Section id="learn-ideas" title={t("growth.me.ideas")}>
          {(ideas.data?.items.length ?? 0) === 0 ? (
            <Text c="dimmed">{t("growth.me.noIdeas")}</Text>
          ) : (
            <List spacing="xs">
              {ideas.data?.items.map((idea) => (
                <List.Item key={idea.id}>
                  <Anchor component={Link} to={`/growth/ideas/${idea.id}`}>
                    {idea.title}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )}
        </Section>
      </Stack>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby={id} className={classes.section}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder radius="lg" p="md" className={classes.section}>
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {value}
      </Text>
    </Paper>
  );
}
