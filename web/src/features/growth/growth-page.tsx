import { IconPlant2 } from "@tabler/icons-react";
import { ComingSoon } from "../../app/coming-soon";

/** The growth area: not built yet, so it says what it will do. */
export function GrowthPage() {
  return <ComingSoon area="growth" icon={IconPlant2} />;
}
