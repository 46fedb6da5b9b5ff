/** Shapes of the helper-group API (`src/api/routes/community/groups.routes.ts`). */

export const GROUP_ROLES = ["member", "supervisor"] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

export interface GroupMember {
  personId: number;
  name: string;
  kind: string;
  role: GroupRole;
}

export interface HelperGroup {
  id: number;
  name: string;
  description: string;
  createdAt: string;
  members: GroupMember[];
}

export interface PortfolioEntry {
  requestId: number;
  title: string;
  topicId: number;
  topicName: string;
  status: string;
  contribution: "resolved" | "answered";
  acceptedAnswer: boolean;
  resolutionKind: string | null;
  selfReliance: string | null;
  minutesSpent: number | null;
  resolvedAt: string | null;
}

export interface Portfolio {
  personId: number;
  name: string;
  requests: PortfolioEntry[];
  resolvedCount: number;
  answeredCount: number;
  minutesSpent: number;
  topics: { topicId: number; topicName: string; count: number }[];
  resolutionKinds: Record<string, number>;
  selfReliance: Record<string, number>;
}
