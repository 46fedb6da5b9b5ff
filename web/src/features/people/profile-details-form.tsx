import { useState, type FormEvent } from "react";
import { Button, Group, Select, Stack, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { LOCALES, type Locale, type Me } from "../../app/api-types";
import { ErrorAlert } from "../../app/error-alert";
import { useUpdateMe } from "./me.api";

/** Edit one's own name and language. */
export function ProfileDetailsForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const update = useUpdateMe();
  const [name, setName] = useState(me.name);
  const [locale, setLocale] = useState<Locale>(me.locale);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ name: name.trim(), locale });
  };

  return (
    <form onSubmit={submit}>
      <Stack gap="sm">
        <ErrorAlert error={update.error} />
        <TextInput label={t("profile.name")} required value={name} onChange={(e) => setName(e.currentTarget.value)} autoComplete="name" />
        <Select
          label={t("profile.language")}
          description={t("profile.languageHint")}
          data={LOCALES.map((code) => ({ value: code, label: t(`languages.${code}`) }))}
          value={locale}
          onChange={(value) => value && setLocale(value as Locale)}
          allowDeselect={false}
        />
        <Group justify="space-between">
          <Text size="sm" c="scaffold.8" role="status">
            {update.isSuccess ? t("profile.saved") : ""}
          </Text>
          <Button type="submit" loading={update.isPending}>
            {t("common.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
