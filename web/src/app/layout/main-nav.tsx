import { NavLink, ScrollArea, Stack, Text } from "@mantine/core";
import { Link, useLocation } from "react-router";
import { useTranslation } from "react-i18next";
import { useAuth } from "../auth-context";
import { ADMIN_NAV, MAIN_NAV, type NavItem } from "./nav-items";

function isActive(pathname: string, to: string): boolean {
  return to === "/" ? pathname === "/" : pathname === to || pathname.startsWith(`${to}/`);
}

/** The navigation list: every area, then the admin section for those whose roles allow it. */
export function MainNav() {
  const { t } = useTranslation();
  const { hasRole } = useAuth();
  const { pathname } = useLocation();
  const visible = (item: NavItem) => !item.roles || hasRole(...item.roles);
  const admin = ADMIN_NAV.filter(visible);

  const renderItem = (item: NavItem) => {
    const active = isActive(pathname, item.to);
    return (
      <NavLink
        key={item.to}
        component={Link}
        to={item.to}
        label={t(item.label)}
        leftSection={<item.icon size={20} stroke={1.6} aria-hidden />}
        active={active}
        aria-current={active ? "page" : undefined}
        variant="light"
        style={{ borderRadius: "var(--mantine-radius-md)" }}
      />
    );
  };

  return (
    <ScrollArea type="auto">
      <Stack gap={2}>{MAIN_NAV.filter(visible).map(renderItem)}</Stack>
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
