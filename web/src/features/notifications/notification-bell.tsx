import { useState } from "react";
import { ActionIcon, Button, Group, Indicator, Popover, ScrollArea, Stack, Text, UnstyledButton } from "@mantine/core";
import { IconBell } from "@tabler/icons-react";
import { useNavigate } from "react-router";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { useFormatDate } from "../../app/format-date";
import { PageLoader } from "../../app/page-loader";
import { useMarkAllRead, useMarkRead, useNotifications, useUnreadCount, type AppNotification } from "./notifications.api";

/** The header bell: unread count, the latest notifications (each opens its request), "mark all read". */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const count = useUnreadCount();
  const list = useNotifications(opened);
  const markAll = useMarkAllRead();
  if (count.data === null || count.data === undefined) return null;

  return (
    // The indicator wraps the popover: the target must be the button itself, which gets the popup's aria attributes.
    <Indicator label={count.data > 99 ? "99+" : count.data} disabled={count.data === 0} size={18} offset={6} color="red">
      <Popover opened={opened} onChange={setOpened} position="bottom-end" width={340} shadow="md" trapFocus>
        <Popover.Target>
          <ActionIcon variant="subtle" color="gray" size="lg" onClick={() => setOpened((o) => !o)} aria-label={t("notifications.open", { count: count.data })}>
            <IconBell size={22} stroke={1.6} aria-hidden />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p="xs">
          <Group justify="space-between" px="xs" mb="xs">
            <Text fw={600}>{t("notifications.title")}</Text>
            <Button variant="subtle" size="compact-sm" onClick={() => markAll.mutate()} disabled={count.data === 0} loading={markAll.isPending}>
              {t("notifications.markAllRead")}
            </Button>
          </Group>
          <ErrorAlert error={list.error ?? markAll.error} />
          {list.isPending ? (
            <PageLoader />
          ) : (list.data ?? []).length === 0 ? (
            <Text c="dimmed" size="sm" p="xs">
              {t("notifications.empty")}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={400}>
              <Stack gap={2}>
                {(list.data ?? []).map((n) => (
                  <NotificationItem key={n.id} notification={n} onOpen={() => setOpened(false)} />
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}

function NotificationItem({ notification: n, onOpen }: { notification: AppNotification; onOpen(): void }) {
  const { t, i18n } = useTranslation();
  const formatDate = useFormatDate();
  const navigate = useNavigate();
  const markRead = useMarkRead();
  const key = `notifications.types.${n.type}`;
  const title = n.requestTitle ?? n.ideaTitle ?? t(n.type.startsWith("idea_") ? "notifications.unknownIdea" : "notifications.unknownRequest");
  const text = i18n.exists(key) ? t(key, { actor: n.actorName ?? t("events.someone"), title }) : title;

  const open = () => {
    if (!n.readAt) markRead.mutate(n.id);
    onOpen();
    if (n.requestId !== null) void navigate(`/requests/${n.requestId}`);
    else if (n.ideaId !== null) void navigate(`/growth/ideas/${n.ideaId}`);
  };
  return (
    <UnstyledButton onClick={open} p="xs" style={{ borderRadius: "var(--mantine-radius-md)" }} bg={n.readAt ? undefined : "scaffold.0"}>
      <Text size="sm" fw={n.readAt ? 400 : 600} style={{ overflowWrap: "anywhere" }}>
        {text}
      </Text>
      <Text size="xs" c="dimmed">
        {formatDate(n.createdAt)}
      </Text>
    </UnstyledButton>
  );
}
