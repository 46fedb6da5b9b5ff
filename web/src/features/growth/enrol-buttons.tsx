import { Button, Group } from "@mantine/core";
import { IconCalendarPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../app/error-alert";
import { hasStarted } from "./training-time";
import { useEnrolment } from "./trainings.api";
import type { Training } from "./trainings.types";

/** Enrol / Join wait list / Cancel my place, and "Add to calendar". */
export function EnrolButtons({ training }: { training: Training }) {
  const { t } = useTranslation();
  const { enrol, leave } = useEnrolment(training.id);
  const open = training.status !== "cancelled" && !hasStarted(training);
  const full = training.enrolled >= training.capacity;

  return (
    <>
      <Group gap="xs">
        {open && !training.myStatus && (
          <Button size="sm" variant={full ? "light" : "filled"} loading={enrol.isPending} onClick={() => enrol.mutate()}>
            {full ? t("growth.trainings.joinWaitList") : t("growth.trainings.enrol")}
          </Button>
        )}
        {open && training.myStatus && (
          <Button size="sm" variant="default" loading={leave.isPending} onClick={() => leave.mutate()}>
            {training.myStatus === "waiting" ? t("growth.trainings.leaveWaitList") : t("growth.trainings.cancelPlace")}
          </Button>
        )}
        {training.icsUrl && training.status !== "cancelled" && (
          <Button size="sm" variant="subtle" component="a" href={training.icsUrl} leftSection={<IconCalendarPlus size={16} aria-hidden />}>
            {t("growth.trainings.addToCalendar")}
          </Button>
        )}
      </Group>
      <ErrorAlert error={enrol.error ?? leave.error} />
    </>
  );
}
