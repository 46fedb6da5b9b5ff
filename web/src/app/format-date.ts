import { useCallback } from "react";
import { useTranslation } from "react-i18next";

function useFormat(options: Intl.DateTimeFormatOptions): (iso: string) => string {
  const { i18n } = useTranslation();
  const { dateStyle, timeStyle } = options;
  return useCallback(
    (iso: string) => {
      const date = new Date(iso);
      if (Number.isNaN(date.getTime())) return iso;
      return new Intl.DateTimeFormat(i18n.language, { dateStyle, timeStyle }).format(date);
    },
    [i18n.language, dateStyle, timeStyle],
  );
}

/** Formats an ISO time as a short date and time in the person's language. */
export function useFormatDate(): (iso: string) => string {
  return useFormat({ dateStyle: "medium", timeStyle: "short" });
}

/** Formats an ISO time as a date (no time) in the person's language. */
export function useFormatDay(): (iso: string) => string {
  return useFormat({ dateStyle: "medium" });
}
