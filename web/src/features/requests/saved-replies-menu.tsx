import { Button, Menu, Text } from "@mantine/core";
import { IconMessageDots } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useSavedReplies } from "./saved-replies.api";

/** "Saved replies" menu in the reply box: picking one inserts its text, which the helper can still edit. */
export function SavedRepliesMenu({ topicId, onInsert }: { topicId: number; onInsert: (text: string) => void }) {
  const { t } = useTranslation();
  const replies = useSavedReplies();
  const items = [...(replies.data ?? [])].sort((a, b) => Number(b.topicId === topicId) - Number(a.topicId === topicId));
  if (!replies.data?.length) return null;
  return (
    <Menu position="bottom-start" width={320} withinPortal>
      <Menu.Target>
        <Button variant="subtle" size="compact-sm" leftSection={<IconMessageDots size={16} aria-hidden />}>
          {t("savedReplies.insert")}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {items.map((reply) => (
          <Menu.Item key={reply.id} onClick={() => onInsert(reply.body)}>
            <Text size="sm" fw={600}>
              {reply.title}
            </Text>
            <Text size="xs" c="dimmed" lineClamp={2}>
              {reply.body}
            </Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
