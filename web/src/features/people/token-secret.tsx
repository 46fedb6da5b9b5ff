import { Alert, Button, Code, CopyButton, Group, Stack, Text } from "@mantine/core";
import { IconCheck, IconCopy, IconKey } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { ApiToken } from "../../app/api-types";

/** A new token's secret, shown this once with a copy button. */
export function TokenSecret({ token, onDismiss }: { token: ApiToken & { secret: string }; onDismiss(): void }) {
  const { t } = useTranslation();
  return (
    <Alert color="scaffold" variant="light" icon={<IconKey aria-hidden />} title={t("tokens.createdTitle", { name: token.name })} role="status">
      <Stack gap="xs">
        <Text size="sm">{t("tokens.secretOnce")}</Text>
        <Code block style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }} aria-label={t("tokens.secret")}>
          {token.secret}
        </Code>
        <Group gap="xs">
          <CopyButton value={token.secret}>
            {({ copied, copy }) => (
              <Button size="xs" onClick={copy} leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}>
                {copied ? t("common.copied") : t("common.copy")}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="default" onClick={onDismiss}>
            {t("tokens.done")}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
