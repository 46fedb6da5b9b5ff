import { Alert, Button, Group, Text } from "@mantine/core";
import { IconSchool } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

/** A gentle offer of the guided route for a learnable task asked as "do it for me"; never blocks. */
export function AskLearnableOffer({ onAccept, onDecline }: { onAccept(): void; onDecline(): void }) {
  const { t } = useTranslation();
  return (
    <Alert variant="light" color="sun" icon={<IconSchool aria-hidden />} title={t("ask.learnableOffer.title")} role="status">
      <Text size="sm" mb="sm">
        {t("ask.learnableOffer.body")}
      </Text>
      <Group gap="xs">
        <Button size="compact-md" onClick={onAccept}>
          {t("ask.learnableOffer.accept")}
        </Button>
        <Button size="compact-md" variant="subtle" color="gray" onClick={onDecline}>
          {t("ask.learnableOffer.decline")}
        </Button>
      </Group>
    </Alert>
  );
}
