import { useState, type FormEvent } from "react";
import { Button, Group, Stack, Text } from "@mantine/core";
import { PasswordField } from "../../app/password-field";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { useSetPersonPassword } from "./people.api";

/** An admin sets someone's password (for a first sign-in or a forgotten one). */
export function SetPasswordForm({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const setPassword = useSetPersonPassword(personId);
  const [password, setValue] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPassword.mutate(password, { onSuccess: () => setValue("") });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <ErrorAlert error={setPassword.error} />
        <Group align="flex-end" gap="sm">
          <PasswordField
            label={t("people.fields.newPassword")}
            autoComplete="new-password"
            value={password}
            onChange={(e) => setValue(e.currentTarget.value)}
            required
            style={{ flex: 1, minWidth: 200 }}
          />
          <Button type="submit" variant="light" loading={setPassword.isPending}>
            {t("people.setPassword")}
          </Button>
        </Group>
        {setPassword.isSuccess && (
          <Text size="sm" c="scaffold.8" role="status">
            {t("people.passwordSet")}
          </Text>
        )}
      </Stack>
    </form>
  );
}
