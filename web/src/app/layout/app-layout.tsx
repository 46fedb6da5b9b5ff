import { useEffect, useRef } from "react";
import { AppShell, Burger, Group } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Outlet, useLocation } from "react-router";
import { useTranslation } from "react-i18next";
import { AppLogo } from "./app-logo";
import { MainNav } from "./main-nav";
import { SkipLink } from "./skip-link";
import { UserMenu } from "./user-menu";
import { HeaderSearch } from "../../features/knowledge/header-search";
import { NotificationBell } from "../../features/notifications/notification-bell";
import classes from "./app-layout.module.css";

/** The signed-in frame: header, navigation (a burger drawer on phones) and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After in-app navigation, move focus to the new page so screen readers announce it.
  useEffect(() => {
    close();
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname, close]);

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 250, breakpoint: "sm", collapsed: { mobile: !opened } }}
        padding={{ base: "md", sm: "lg" }}
      >
        <AppShell.Header className={classes.header}>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t("nav.closeMenu") : t("nav.openMenu")}
                aria-expanded={opened}
                aria-controls="main-navigation"
              />
              <AppLogo />
            </Group>
            <Group gap="xs" wrap="nowrap">
              <HeaderSearch />
              <NotificationBell />
              <UserMenu />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar
          p="sm"
          id="main-navigation"
          aria-label={t("nav.label")}
          component="nav"
          className={classes.navbar}
          data-collapsed={opened ? undefined : true}
        >
          <MainNav />
        </AppShell.Navbar>
        <AppShell.Main id="main-content" ref={main} tabIndex={-1} className={classes.main} style={{ outline: "none" }}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
