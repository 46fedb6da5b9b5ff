import { useState } from "react";
import { Anchor, Grid, Stack, Text } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { Link, useParams } from "react-router";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../app/api-client";
import { useAuth, useMe } from "../../app/auth-context";
import { ErrorAlert } from "../../app/error-alert";
import { PageHeader } from "../../app/page-header";
import { PageLoader } from "../../app/page-loader";
import { NotFoundPage } from "../not-found/not-found-page";
import { GroupMembers } from "./group-members";
import { GroupPortfolio } from "./group-portfolio";
import classes from "./group-print.module.css";
import { GroupRequests } from "./group-requests";
import { useGroup } from "./groups.api";

/** `/community/groups/:id`: a helper group's members, open requests and each student's portfolio. */
export function GroupPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { hasRole } = useAuth();
  const groupId = Number(useParams().id);
  const group = useGroup(groupId);
  const [selected, setSelected] = useState<number | null>(null);

  if (!Number.isInteger(groupId) || (group.error instanceof ApiError && group.error.status === 404)) return <NotFoundPage />;
  if (group.error) return <ErrorAlert error={group.error} />;
  if (!group.data) return <PageLoader />;

  const canManage = hasRole("tech", "admin");
  const overseer = canManage || group.data.members.some((m) => m.personId === me.id && m.role === "supervisor");
  const students = group.data.members.filter((m) => m.role === "member");
  const visible = overseer ? students : students.filter((m) => m.personId === me.id);
  const personId = visible.some((m) => m.personId === selected) ? selected : (visible[0]?.personId ?? null);

  return (
    <>
      <Anchor component={Link} to="/community/groups" size="sm" className={classes.noPrint} mb="xs" style={{ display: "inline-flex", alignItems: "center", gap: 4 }}>
        <IconArrowLeft size={16} aria-hidden />
        {t("community.groups.back")}
      </Anchor>
      <PageHeader title={group.data.name} description={group.data.description || undefined} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }} className={classes.noPrint}>
          <Stack gap="lg">
            <GroupMembers group={group.data} canManage={canManage} overseer={overseer} selected={personId} onSelect={setSelected} />
            <GroupRequests groupId={groupId} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} className={classes.printFull}>
          {visible.length === 0 ? (
            <Text c="dimmed">{t("community.portfolio.noMembers")}</Text>
          ) : (
            <GroupPortfolio groupId={groupId} members={visible} personId={personId} onSelect={setSelected} />
          )}
        </Grid.Col>
      </Grid>
    </>
  );
}
