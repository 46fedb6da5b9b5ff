import { Button, Container, Stack, Text, Title } from "@mantine/core";
import { useRouteError } from "react-router";
import { useTranslation } from "react-i18next";
import { useErrorText } from "./error-text";
import { ApiError } from "./api-client";

/** Shown when a page fails to render: says so plainly and offers a reload. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  const errorText = useErrorText();
  return (
    <Container size="sm" py="xl">
      <Stack>
        <Title order={1}>{t("routeError.title")}</Title>
        <Text>{error instanceof ApiError ? errorText(error) : t("routeError.body")}</Text>
        <Button onClick={() => window.location.reload()} w="fit-content">
          {t("routeError.reload")}
        </Button>
      </Stack>
    </Container>
  );
}
