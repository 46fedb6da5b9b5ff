import { useState } from "react";
import { Button, Code, Group, Table, Text, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ApiToken } from "../../app/api-types";
import { ErrorAlert } from "../../app/error-alert";
import { useFormatDate } from "../../app/format-date";
import { useRevokeApiToken } from "./me.api";

/** The person's tokens with when they were made and last used; revoking asks once more. */
export function ApiTokensTable({ tokens }: { tokens: ApiToken[] }) {
  const { t } = useTranslation();
  const revoke = useRevokeApiToken();
  const formatDate = useFormatDate();
  const [confirming, setConfirming] = useState<number | null>(null);

  return (
    <>
      <ErrorAlert error={revoke.error} />
      <Table.ScrollContainer minWidth={340}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("tokens.name")}</Table.Th>
              <Table.Th visibleFrom="sm">{t("tokens.created")}</Table.Th>
              <Table.Th>{t("tokens.lastUsed")}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t("common.actions")}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td>
                  <Text fw={500}>{token.name}</Text>
                  <Code>{token.prefix}…</Code>
                </Table.Td>
                <Table.Td visibleFrom="sm">{formatDate(token.createdAt)}</Table.Td>
                <Table.Td>{token.lastUsedAt ? formatDate(token.lastUsedAt) : t("tokens.never")}</Table.Td>
                <Table.Td>
                  {confirming === token.id ? (
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-sm" color="red" loading={revoke.isPending} onClick={() => revoke.mutate(token.id, { onSettled: () => setConfirming(null) })}>
                        {t("tokens.confirmRevoke")}
                      </Button>
                      <Button size="compact-sm" variant="default" onClick={() => setConfirming(null)}>
                        {t("common.cancel")}
                      </Button>
                    </Group>
                  ) : (
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => setConfirming(token.id)} aria-label={t("tokens.revokeNamed", { name: token.name })}>
                      {t("tokens.revoke")}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
