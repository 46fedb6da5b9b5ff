import type { GroupRole, HelperGroup, PortfolioEntry } from "./groups.types.js";

export interface GroupsRepository {
  list(): Promise<HelperGroup[]>;
  findById(id: number): Promise<HelperGroup | null>;
  findByName(name: string): Promise<HelperGroup | null>;
  create(group: { name: string; description: string; at: string }): Promise<HelperGroup>;
  /** Adds the person or changes their role. */
  setMember(groupId: number, personId: number, role: GroupRole): Promise<void>;
  /** False when they weren't a member. */
  removeMember(groupId: number, personId: number): Promise<boolean>;
}

/** The raw record a portfolio is built from: requests a person resolved or answered in public. */
export interface PortfolioSource {
  helpedWith(personId: number): Promise<PortfolioEntry[]>;
}
