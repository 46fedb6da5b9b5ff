import { Badge } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { IdeaStatus } from "./ideas.types";

const COLORS: Record<IdeaStatus, string> = { proposed: "gray", supported: "blue", in_progress: "violet", shipped: "teal", paused: "yellow" };

export function IdeaStatusBadge({ status }: { status: IdeaStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} c={`${COLORS[status]}.9`} tt="none">
      {t(`growth.ideaStatus.${status}`)}
    </Badge>
  );
}
