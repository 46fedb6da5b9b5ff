import { Button, Tabs } from "@mantine/core";
import { IconMessageQuestion, IconUserCog, IconUsersGroup } from "@tabler/icons-react";
import { Link, useSearchParams } from "react-router";
import { useTranslation } from "react-i18next";
import { useMe } from "../../app/auth-context";
import { PageHeader } from "../../app/page-header";
import { PeopleDirectory } from "./people-directory";
import { QuestionFeed } from "./question-feed";

type Tab = "questions" | "people";

/** `/community`: open community questions to answer, and (for staff) finding people by skill. */
export function CommunityPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const canSeeDirectory = me.kind !== "student";
  const tab: Tab = params.get("tab") === "people" && canSeeDirectory ? "people" : "questions";

  return (
    <>
      <PageHeader
        title={t("community.title")}
        description={t("community.intro")}
        actions={
          <Button component={Link} to="/community/me" variant="light" leftSection={<IconUserCog size={18} aria-hidden />}>
            {t("community.me.link")}
          </Button>
        }
      />
      <Tabs value={tab} onChange={(value) => setParams(value === "people" ? { tab: "people" } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List mb="lg">
          <Tabs.Tab value="questions" leftSection={<IconMessageQuestion size={18} aria-hidden />}>
            {t("community.tabs.questions")}
          </Tabs.Tab>
          {canSeeDirectory && (
            <Tabs.Tab value="people" leftSection={<IconUsersGroup size={18} aria-hidden />}>
              {t("community.tabs.people")}
            </Tabs.Tab>
          )}
        </Tabs.List>
        <Tabs.Panel value="questions">
          <QuestionFeed />
        </Tabs.Panel>
        {canSeeDirectory && (
          <Tabs.Panel value="people">
            <PeopleDirectory />
          </Tabs.Panel>
        )}
      </Tabs>
    </>
  );
}
