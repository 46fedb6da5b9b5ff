import { IconBuildingCommunity } from "@tabler/icons-react";
import { ComingSoon } from "../../app/coming-soon";

/** The community area: not built yet, so it says what it will do. */
export function CommunityPage() {
  return <ComingSoon area="community" icon={IconBuildingCommunity} />;
}
