import { IconLifebuoy } from "@tabler/icons-react";
import { ComingSoon } from "../../app/coming-soon";

/** The requests area: not built yet, so it says what it will do. */
export function RequestsPage() {
  return <ComingSoon area="requests" icon={IconLifebuoy} />;
}
