import type { GroupRole } from "../../requests/access.js";
import type { ResolutionKind, SelfReliance } from "../../requests/requests.types.js";

export { GROUP_ROLES, type GroupRole } from "../../requests/access.js";

/** A helper group, such as the student tech team: members help on requests routed to it, staff supervise. */
export interface HelperGroup {
  id: number;
  name: string;
  description: string;
  createdAt: string;
  members: GroupMember[];
}

export interface GroupMember {
  personId: number;
  name: string;
  kind: string;
  role: GroupRole;
}

/** One request a member helped with, and how. */
export interface PortfolioEntry {
  requestId: number;
  title: string;
  topicId: number;
  topicName: string;
  status: string;
  /** `resolved`: credited with the resolution; `answered`: replied in public (a community answer, say). */
  contribution: "resolved" | "answered";
  acceptedAnswer: boolean;
  resolutionKind: ResolutionKind | null;
  selfReliance: SelfReliance | null;
  minutesSpent: number | null;
  resolvedAt: string | null;
}

/** A member's helping record: what supervisors view and export, and the student shows as a portfolio. */
export interface Portfolio {
  personId: number;
  name: string;
  requests: PortfolioEntry[];
  resolvedCount: number;
  answeredCount: number;
  minutesSpent: number;
  topics: { topicId: number; topicName: string; count: number }[];
  resolutionKinds: Partial<Record<ResolutionKind, number>>;
  selfReliance: Partial<Record<SelfReliance, number>>;
}
