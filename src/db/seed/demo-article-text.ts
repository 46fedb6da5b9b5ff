import type { Audience } from "../../core/knowledge/knowledge.types.js";

/**
 * One article of the demo knowledge base as its authors wrote it. Topics are demo topic names (the
 * first is the one it is filed under). State defaults to validated.
 */
export interface DemoArticleText {
  title: string;
  topics: readonly string[];
  audience: Audience;
  state?: "unvalidated" | "draft" | "archived";
  /** Markdown, no raw HTML. */
  body: string;
  /**
   * Notes of the later versions, oldest first. Each later version added one of the body's closing
   * `## ` sections, so version 1 is the body without the last `revisions.length` of them.
   */
  revisions?: readonly string[];
  /** What people typed in the request form before this article solved it (deflections). */
  asks?: readonly string[];
}
