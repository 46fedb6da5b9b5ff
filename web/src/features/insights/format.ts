import { useMemo } from "react";
import { useTranslation } from "react-i18next";

/** Number formatters in the reader's language: shares as percentages, Gini to two decimals. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const percent = new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 });
    const decimal = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const integer = new Intl.NumberFormat(language);
    return {
      percent: (value: number) => percent.format(value),
      decimal: (value: number) => decimal.format(value),
      integer: (value: number) => integer.format(value),
      /** YYYY-MM as "Mar 2026". */
      month: (value: string) => {
        const [year, month] = value.split("-").map(Number);
        return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1)).toLocaleDateString(language, { month: "short", year: "numeric", timeZone: "UTC" });
      },
    };
  }, [language]);
}
