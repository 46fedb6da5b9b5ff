import { useCallback } from "react";
import { useTranslation } from "react-i18next";

/** "Tue, 1 Dec 2026, 15:30" in the person's language and time zone. */
export function useTrainingTime(): (iso: string) => string {
  const { i18n } = useTranslation();
  return useCallback(
    (iso: string) => {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      return new Intl.DateTimeFormat(i18n.language, { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "numeric", minute: "2-digit" }).format(date);
    },
    [i18n.language],
  );
}

/** Whether a training has ended. */
export function hasEnded(training: { startsAt: string; durationMinutes: number }, now = Date.now()): boolean {
  return new Date(training.startsAt).getTime() + training.durationMinutes * 60_000 <= now;
}

/** Whether a training has started. */
export function hasStarted(training: { startsAt: string }, now = Date.now()): boolean {
  return new Date(training.startsAt).getTime() <= now;
}

/** A `datetime-local` value (local time) for an ISO time. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
