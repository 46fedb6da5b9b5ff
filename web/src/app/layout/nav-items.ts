import {
  IconBook2, IconBuildingCommunity, IconChartDots3, IconHome, IconLifebuoy, IconListCheck, IconMapPin,
  IconPlant2, IconSitemap, IconUsers, IconUsersGroup, type Icon,
} from "@tabler/icons-react";
import type { Role } from "../api-types";

/** Who may open the role-restricted areas; the API enforces the same rules. */
export const NAV_ROLES = {
  insights: ["leader", "tech", "admin"],
  queue: ["helper", "tech", "admin"],
  people: ["admin"],
  topics: ["tech", "admin"],
  campuses: ["admin"],
} satisfies Record<string, Role[]>;

export interface NavItem {
  to: string;
  /** i18n key of the label. */
  label: string;
  icon: Icon;
  roles?: Role[];
  /** Shown indented under the item before it. */
  nested?: boolean;
  /** Also shown to anyone on a helper group (supervisors and student helpers), whatever their roles. */
  groupMembers?: boolean;
}

export const MAIN_NAV: NavItem[] = [
  { to: "/", label: "nav.home", icon: IconHome },
  { to: "/requests", label: "nav.requests", icon: IconLifebuoy },
  { to: "/queue", label: "nav.queue", icon: IconListCheck, roles: NAV_ROLES.queue },
  { to: "/knowledge", label: "nav.knowledge", icon: IconBook2 },
  { to: "/community", label: "nav.community", icon: IconBuildingCommunity },
  { to: "/community/groups", label: "nav.groups", icon: IconUsersGroup, roles: ["tech", "admin"], nested: true, groupMembers: true },
  { to: "/growth", label: "nav.growth", icon: IconPlant2 },
  { to: "/insights", label: "nav.insights", icon: IconChartDots3, roles: NAV_ROLES.insights },
];

export const ADMIN_NAV: NavItem[] = [
  { to: "/admin/people", label: "nav.people", icon: IconUsers, roles: NAV_ROLES.people },
  { to: "/admin/topics", label: "nav.topics", icon: IconSitemap, roles: NAV_ROLES.topics },
  { to: "/admin/campuses", label: "nav.campuses", icon: IconMapPin, roles: NAV_ROLES.campuses },
];
