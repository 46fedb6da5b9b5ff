import { Badge, type MantineColor } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ArticleState, Audience } from "./knowledge.types";

const STATE_COLORS: Record<ArticleState, MantineColor> = { draft: "gray", unvalidated: "sun", validated: "teal", archived: "gray" };

/** An article's KCS state; near-black text keeps AA contrast on the light fills. */
export function ArticleStateBadge({ state, size = "sm" }: { state: ArticleState; size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATE_COLORS[state]} c="gray.9" variant={state === "archived" ? "outline" : "light"} size={size} tt="none">
      {t(`knowledge.state.${state}`)}
    </Badge>
  );
}

/** "Staff only" / "Tech team only"; articles for everyone need no badge. */
export function AudienceBadge({ audience, size = "sm" }: { audience: Audience; size?: "sm" | "md" | "lg" }) {
  const { t } = useTranslation();
  if (audience === "everyone") return null;
  return (
    <Badge color={audience === "tech" ? "grape" : "blue"} c="gray.9" variant="outline" size={size} tt="none">
      {t(`knowledge.audienceOnly.${audience}`)}
    </Badge>
  );
}
