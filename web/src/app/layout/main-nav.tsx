import { NavLink, ScrollArea, Stack, Text } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { useTranslation } from "react-i18next";
import { useAuth } from "../auth-context";
import { useGroups } from "../../features/community/groups.api";
import { ADMIN_NAV, MAIN_NAV, type NavItem } from "./nav-items";

function matches(pathname: string, to: string): boolean {
  return to === "/" ? pathname === "/" : pathname === to || pathname.startsWith(`${to}/`);
}

/** The navigation list: every area, then the admin section for those whose roles allow it. */
export function MainNav() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const { pathname } = useLocation();
  const needsGroups = MAIN_NAV.some((item) => item.groupMembers && !(item.roles && hasRole(...item.roles)));
  const onAGroup = (useGroups(needsGroups).data?.items.length ?? 0) > 0;
  const visible = (item: NavItem) => !item.roles || hasRole(...item.roles) || (!!item.groupMembers && onAGroup);
  const main = MAIN_NAV.filter(visible);
  const admin = ADMIN_NAV.filter(visible);
  // The most specific match wins, so "Helper groups" is current rather than "Community" too.
  const current = [...main, ...admin].filter((item) => matches(pathname, item.to)).sort((a, b) => b.to.length - a.to.length)[0]?.to;

  const renderItem = (item: NavItem) => {
    const active = item.to === current;
    return (
      <NavLink
        key={item.to}
        component={Link}
        to={item.to}
        label={t(item.label)}
        leftSection={<item.icon size={item.nested ? 18 : 20} stroke={1.6} aria-hidden />}
        active={active}
        aria-current={active ? "page" : undefined}
        variant="light"
        pl={item.nested ? "xl" : undefined}
        style={{ borderRadius: "var(--mantine-radius-md)" }}
      />
    );
  };

  return (
    <ScrollArea type="auto">
      <Stack gap={2}>{main.map(renderItem)}</Stack>
      {admin.length > 0 && (
        <Stack gap={2} mt="lg" role="group" aria-labelledby="nav-admin-heading">
          <Text id="nav-admin-heading" size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4}>
            {t("nav.admin")}
          </Text>
          {admin.map(renderItem)}
        </Stack>
      )}
    </ScrollArea>
  );
}
