import { IconBook2 } from "@tabler/icons-react";
import { ComingSoon } from "../../app/coming-soon";

/** The knowledge area: not built yet, so it says what it will do. */
export function KnowledgePage() {
  return <ComingSoon area="knowledge" icon={IconBook2} />;
}
