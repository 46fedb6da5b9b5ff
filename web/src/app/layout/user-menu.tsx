import { Avatar, Group, Menu, Text, UnstyledButton } from "@mantine/core";
import { IconChevronDown, IconLogout, IconUserCircle } from "@tabler/icons-react";
import { Link, useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { useMe, useAuth } from "../auth-context";

/** Initials for the avatar: "Ana María López" → "AL". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const first = parts[0]?.[0] ?? "?";
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

/** The person's menu in the header: profile and sign out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const { signOut } = useAuth();
  const navigate = useNavigate();

  const handleSignOut = async () => {
    await signOut().catch(() => undefined);
    await navigate("/sign-in", { replace: true });
  };

  return (
    <Menu position="bottom-end" width={220} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={t("userMenu.open", { name: me.name })} p={4} style={{ borderRadius: "var(--mantine-radius-md)" }}>
          <Group gap="xs" wrap="nowrap">
            <Avatar color="scaffold" radius="xl" size={32}>
              {initials(me.name)}
            </Avatar>
            <Text size="sm" fw={500} visibleFrom="xs" maw={180} truncate>
              {me.name}
            </Text>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.email}</Menu.Label>
        <Menu.Item component={Link} to="/profile" leftSection={<IconUserCircle size={18} aria-hidden />}>
          {t("userMenu.profile")}
        </Menu.Item>
        <Menu.Item onClick={() => void handleSignOut()} leftSection={<IconLogout size={18} aria-hidden />}>
          {t("userMenu.signOut")}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
