import { Button, Stack, Text } from "@mantine/core";
import { Link } from "react-router";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../app/page-header";

/** For a page the person's roles do not open (the API answers 403 there too). */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Stack align="flex-start">
      <PageHeader title={t("forbidden.title")} />
      <Text>{t("forbidden.body")}</Text>
      <Button component={Link} to="/">
        {t("notFound.home")}
      </Button>
    </Stack>
  );
}
