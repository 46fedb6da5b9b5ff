import { useEffect, useState } from "react";
import { Alert, Badge, Button, Checkbox, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { hasStarted } from "./training-time";
import { useEnrolments, useSaveAttendance } from "./trainings.api";
import type { Training } from "./trainings.types";

/** Enrolments and the wait list, with attendance checkboxes once the training has started. */
export function TrainingAttendance({ training }: { training: Training }) {
  const { t } = useTranslation();
  const enrolments = useEnrolments(training.id, true);
  const save = useSaveAttendance(training.id);
  const [attended, setAttended] = useState<number[]>([]);
  const started = hasStarted(training);

  useEffect(() => {
    if (enrolments.data) setAttended(enrolments.data.filter((e) => e.attended).map((e) => e.personId));
  }, [enrolments.data]);

  const enrolled = (enrolments.data ?? []).filter((e) => e.status !== "waiting");
  const waiting = (enrolments.data ?? []).filter((e) => e.status === "waiting");

  return (
    <Paper withBorder radius="lg" p="md" component="section" aria-labelledby="training-enrolments">
      <Stack gap="sm">
        <Title order={2} size="h4" id="training-enrolments">
          {t("growth.training.enrolments")}
        </Title>
        <ErrorAlert error={enrolments.error} />
        {enrolments.data && enrolled.length === 0 && <Text c="dimmed">{t("growth.training.noEnrolments")}</Text>}
        {enrolled.length > 0 && (
          <Checkbox.Group label={started ? t("growth.training.attendance") : undefined} description={started ? t("growth.training.attendanceHint") : undefined} value={attended.map(String)} onChange={(ids) => setAttended(ids.map(Number))}>
            <Stack gap={6} mt={started ? "xs" : 0}>
              {enrolled.map((e) =>
                started ? <Checkbox key={e.personId} value={String(e.personId)} label={e.name} /> : <Text key={e.personId}>{e.name}</Text>,
              )}
            </Stack>
          </Checkbox.Group>
        )}
        {!started && enrolled.length > 0 && <Text size="sm" c="dimmed">{t("growth.training.attendanceLater")}</Text>}
        {started && enrolled.length > 0 && (
          <Group>
            <Button onClick={() => save.mutate(attended)} loading={save.isPending}>
              {t("growth.training.saveAttendance")}
            </Button>
          </Group>
        )}
        {save.isSuccess && (
          <Alert color="teal" variant="light" role="status">
            {t("growth.training.attendanceSaved")}
          </Alert>
        )}
        <ErrorAlert error={save.error} />
        {waiting.length > 0 && (
          <Stack gap={6}>
            <Text fw={600}>{t("growth.training.waitList")}</Text>
            {waiting.map((e, index) => (
              <Group key={e.personId} gap="xs">
                <Badge variant="light" color="gray" c="gray.8">
                  {e.position ?? index + 1}
                </Badge>
                <Text>{e.name}</Text>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
