import { Card, Group, Text, ThemeIcon } from "@mantine/core";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import type { NavItem } from "../../app/layout/nav-items";
import classes from "./area-card.module.css";

/** A card linking into one area of Scaffold, with a one-line description. */
export function AreaCard({ item, description }: { item: NavItem; description: string }) {
  const { t } = useTranslation();
  return (
    <Card component={Link} to={item.to} withBorder radius="lg" p="md" className={classes.card}>
      <Group gap="sm" wrap="nowrap" mb={6}>
        <ThemeIcon variant="light" radius="md" size={36} aria-hidden>
          <item.icon size={20} stroke={1.6} />
        </ThemeIcon>
        <Text fw={600}>{t(item.label)}</Text>
      </Group>
      <Text size="sm" c="dimmed">
        {description}
      </Text>
    </Card>
  );
}
