import { useState, type FormEvent } from "react";
import { Button, Group, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { ApiTokensTable } from "./api-tokens-table";
import { useApiTokens, useCreateApiToken } from "./me.api";
import { TokenSecret } from "./token-secret";

/** Personal API tokens: create one (its secret is shown once), see and revoke the others. */
export function ApiTokensSection() {
  const { t } = useTranslation();
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const [name, setName] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(name.trim(), { onSuccess: () => setName("") });
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t("tokens.intro")}
      </Text>
      {create.data && <TokenSecret token={create.data} onDismiss={() => create.reset()} />}
      <form onSubmit={submit}>
        <Stack gap="sm">
          <ErrorAlert error={create.error} />
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t("tokens.name")}
              placeholder={t("tokens.namePlaceholder")}
              required
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
              style={{ flex: 1, minWidth: 200 }}
            />
            <Button type="submit" loading={create.isPending}>
              {t("tokens.create")}
            </Button>
          </Group>
        </Stack>
      </form>
      <ErrorAlert error={tokens.error} />
      {tokens.data && tokens.data.length === 0 && <Text c="dimmed">{t("tokens.empty")}</Text>}
      {tokens.data && tokens.data.length > 0 && <ApiTokensTable tokens={tokens.data} />}
    </Stack>
  );
}
