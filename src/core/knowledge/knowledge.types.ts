/** KCS v6 article states: anyone drafts; helpers and tech publish as unvalidated; tech validates. */
export const ARTICLE_STATES = ["draft", "unvalidated", "validated", "archived"] as const;
export type ArticleState = (typeof ARTICLE_STATES)[number];
/** The states in which an article is out for readers (and what search learns from). */
export const PUBLISHED_STATES: readonly ArticleState[] = ["unvalidated", "validated"];

/** Who an article is for: everyone (students included), staff only, or the tech team. */
export const AUDIENCES = ["everyone", "staff", "tech"] as const;
export type Audience = (typeof AUDIENCES)[number];

export const LINK_KINDS = ["solved_by", "referenced", "created_from", "viewed"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export interface Article {
  id: number;
  title: string;
  /** Markdown as written. */
  body: string;
  state: ArticleState;
  audience: Audience;
  authorId: number | null;
  topicIds: number[];
  version: number;
  views: number;
  helpedCount: number;
  notHelpedCount: number;
  validatedBy: number | null;
  validatedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ArticleVersion {
  version: number;
  title: string;
  body: string;
  authorId: number | null;
  note: string;
  createdAt: string;
}

export interface ArticleLink {
  articleId: number;
  requestId: number;
  kind: LinkKind;
  createdBy: number | null;
  createdAt: string;
}

/** What the caller may read: computed once from their roles and kind, applied in every query. */
export interface ArticleVisibility {
  /** Audiences the caller may read. */
  audiences: Audience[];
  /** States the caller may read in general (drafts only their own, unless tech). */
  states: ArticleState[];
  /** The caller, whose own drafts are visible to them. */
  personId: number;
}

/** One ranked search hit. Highlights wrap matched words in «…» (the web app renders them as <mark>). */
export interface ArticleHit {
  articleId: number;
  title: string;
  snippet: string;
  score: number;
}
