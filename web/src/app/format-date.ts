import { useCallback } from "react";
import { useTranslation } from "react-i18next";

/** Formats an ISO time as a short date and time in the person's language. */
export function useFormatDate(): (iso: string) => string {
  const { i18n } = useTranslation();
  return useCallback(
    (iso: string) => {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      return new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" }).format(date);
    },
    [i18n.language],
  );
}
