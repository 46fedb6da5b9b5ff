import { useMemo } from "react";
import { Select } from "@mantine/core";
import { useTranslation } from "react-i18next";

/** Every IANA time zone this browser knows (plus the current value, should the browser lack it). */
function timeZones(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  const all = new Set(zones);
  all.add("UTC");
  if (current) all.add(current);
  return [...all].sort();
}

/** A searchable picker of IANA time zones ("Europe/Madrid"); typing "madrid" finds it. */
export function TimeZoneSelect({ value, onChange }: { value: string; onChange(zone: string): void }) {
  const { t } = useTranslation();
  const data = useMemo(() => timeZones(value).map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") })), [value]);
  return (
    <Select
      label={t("campuses.fields.timeZone")}
      description={t("campuses.timeZoneHint")}
      data={data}
      value={value || null}
      onChange={(zone) => onChange(zone ?? "")}
      searchable
      required
      limit={100}
      nothingFoundMessage={t("common.nothingFound")}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
