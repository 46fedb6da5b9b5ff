import { useState, type FormEvent } from "react";
import { Alert, Button, Center, Code, Paper, Stack, Text, TextInput, Title } from "@mantine/core";
import { useDocumentTitle } from "@mantine/hooks";
import { IconInfoCircle } from "@tabler/icons-react";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { PasswordField } from "../../app/password-field";
import { Trans, useTranslation } from "react-i18next";
import { useAuth } from "../../app/auth-context";
import { ErrorAlert } from "../../app/error-alert";
import { AppLogo } from "../../app/layout/app-logo";
import { safeNextPath } from "../../app/require-auth";
import { useDemoMode } from "./use-demo-mode";

/** Sign in with email and password, then go back to the page the person wanted. */
export function SignInPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("app.documentTitle", { page: t("signIn.title") }));
  const { me, signIn } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const demo = useDemoMode();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const next = safeNextPath(params.get("next"));

  if (me && !busy) return <Navigate to={next} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
      await navigate(next, { replace: true });
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  return (
    <Center mih="100dvh" p="md" bg="gray.0" component="main" id="main-content">
      <Stack w="100%" maw={420} gap="lg">
        <Center>
          <AppLogo />
        </Center>
        <Paper withBorder shadow="sm" p={{ base: "lg", xs: "xl" }} radius="lg">
          <form onSubmit={(event) => void submit(event)}>
            <Stack>
              <div>
                <Title order={1} size="h2">
                  {t("signIn.title")}
                </Title>
                <Text c="dimmed" size="sm">
                  {t("signIn.intro")}
                </Text>
              </div>
              <ErrorAlert error={error} title={t("signIn.failed")} />
              <TextInput
                label={t("signIn.email")}
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                data-autofocus
              />
              <PasswordField
                label={t("signIn.password")}
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
              />
              <Button type="submit" loading={busy} fullWidth>
                {t("signIn.submit")}
              </Button>
            </Stack>
          </form>
        </Paper>
        {demo && (
          <Alert role="note" variant="light" color="sun" icon={<IconInfoCircle aria-hidden />} title={t("signIn.demoTitle")}>
            <Text size="sm">
              <Trans i18nKey="signIn.demoNote" components={{ code: <Code style={{ whiteSpace: "nowrap" }} /> }} />
            </Text>
          </Alert>
        )}
      </Stack>
    </Center>
  );
}
