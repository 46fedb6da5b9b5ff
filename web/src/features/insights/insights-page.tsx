import { IconChartDots3 } from "@tabler/icons-react";
import { ComingSoon } from "../../app/coming-soon";

/** The insights area: not built yet, so it says what it will do. */
export function InsightsPage() {
  return <ComingSoon area="insights" icon={IconChartDots3} />;
}
