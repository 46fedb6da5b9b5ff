import { Badge, type MantineColor } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Mode, Status, Urgency } from "./requests.types";

const STATUS_COLORS: Record<Status, MantineColor> = {
  new: "blue",
  triaged: "cyan",
  in_progress: "scaffold",
  waiting: "sun",
  resolved: "teal",
  closed: "gray",
  reopened: "orange",
};

const URGENCY_COLORS: Record<Urgency, MantineColor> = { low: "gray", normal: "blue", high: "orange", urgent: "red" };

/** A request's status as a coloured badge; near-black text keeps AA contrast on every light fill. */
export function StatusBadge({ status, size = "md" }: { status: Status; size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} c="gray.9" variant="light" size={size} tt="none">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** Urgency as a badge; "normal" stays quiet (outline) so the urgent ones stand out in a list. */
export function UrgencyBadge({ urgency, size = "md" }: { urgency: Urgency; size?: "sm" | "md" }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={URGENCY_COLORS[urgency]}
      c="gray.9"
      variant={urgency === "normal" || urgency === "low" ? "outline" : "light"}
      size={size}
      tt="none"
    >
      {t(`urgency.${urgency}`)}
    </Badge>
  );
}

/** The mode in plain words ("Show me how"). */
export function ModeBadge({ mode, size = "md" }: { mode: Mode; size?: "sm" | "md" }) {
  const { t } = useTranslation();
  return (
    <Badge color={mode === "do" ? "grape" : "scaffold"} variant="dot" size={size} tt="none">
      {t(`modes.${mode}.label`)}
    </Badge>
  );
}
