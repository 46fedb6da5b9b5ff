import { useState, type FormEvent } from "react";
import { Button, Group, Stack, Text } from "@mantine/core";
import { PasswordField } from "../../app/password-field";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { useChangePassword } from "./me.api";

/** Change one's own password; the new one is typed twice to catch typos. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [confirm, setConfirm] = useState("");
  const mismatch = confirm.length > 0 && confirm !== next;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (next !== confirm) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      { onSuccess: () => [setCurrent, setNext, setConfirm].forEach((reset) => reset("")) },
    );
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <ErrorAlert error={change.error} />
        <PasswordField label={t("profile.currentPassword")} required autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.currentTarget.value)} />
        <PasswordField label={t("profile.newPassword")} description={t("profile.newPasswordHint")} required autoComplete="new-password" value={next} onChange={(e) => setNext(e.currentTarget.value)} />
        <PasswordField
          label={t("profile.confirmPassword")}
          required
          autoComplete="new-password"
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={mismatch ? t("profile.passwordMismatch") : undefined}
        />
        <Group justify="space-between">
          <Text size="sm" c="scaffold.8" role="status">
            {change.isSuccess ? t("profile.passwordChanged") : ""}
          </Text>
          <Button type="submit" loading={change.isPending} disabled={mismatch}>
            {t("profile.changePassword")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
