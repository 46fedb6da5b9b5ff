import { Badge } from "@mantine/core";
import { IconRosette } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { SkillLevel } from "./community.types";

const COLORS: Record<SkillLevel, string> = { learning: "gray", practitioner: "scaffold", mentor: "sun" };

/** A skill as a chip: topic and level, with a rosette when tech endorsed it. */
export function SkillBadge({ label, level, endorsed }: { label: string; level: SkillLevel; endorsed: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge
      variant="light"
      color={COLORS[level]}
      c={level === "mentor" ? "sun.9" : level === "learning" ? "gray.8" : "scaffold.8"}
      tt="none"
      size="lg"
      fw={500}
      leftSection={endorsed ? <IconRosette size={14} aria-label={t("community.skills.endorsed")} /> : undefined}
      title={endorsed ? t("community.skills.endorsed") : undefined}
      h="auto"
      radius="sm"
      py={4}
      maw="100%"
      styles={{ label: { textAlign: "left", whiteSpace: "normal", overflow: "visible", textOverflow: "clip", overflowWrap: "anywhere" } }}
    >
      {t("community.skills.chip", { topic: label, level: t(`community.levels.${level}`) })}
    </Badge>
  );
}
