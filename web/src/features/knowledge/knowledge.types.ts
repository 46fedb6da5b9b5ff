/** Shapes of the knowledge API (src/api/schemas/knowledge.schemas.ts). */

export const ARTICLE_STATES = ["draft", "unvalidated", "validated", "archived"] as const;
export type ArticleState = (typeof ARTICLE_STATES)[number];

export const AUDIENCES = ["everyone", "staff", "tech"] as const;
export type Audience = (typeof AUDIENCES)[number];

export type LinkKind = "solved_by" | "referenced" | "created_from" | "viewed";
export type ArticleSort = "updated" | "title" | "helpful";

/** One article (`GET /articles/{id}`); `bodyHtml` is rendered and sanitized by the server. */
export interface Article {
  id: number;
  title: string;
  body: string;
  bodyHtml: string;
  state: ArticleState;
  audience: Audience;
  authorId: number | null;
  authorName: string | null;
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

/** An article in a list. */
export interface ArticleSummary {
  id: number;
  title: string;
  excerpt: string;
  state: ArticleState;
  audience: Audience;
  topicIds: number[];
  views: number;
  helpedCount: number;
  updatedAt: string;
}

export interface ArticleVersion {
  version: number;
  title: string;
  body: string;
  authorId: number | null;
  authorName: string | null;
  note: string;
  createdAt: string;
}

/** A search hit or a suggestion; matched words in `title` and `snippet` are wrapped in «…». */
export interface Suggestion {
  type: "article" | "request";
  id: number;
  title: string;
  snippet: string;
  score?: number;
}

/** An article linked to a request (`GET /requests/{id}/articles`). */
export interface LinkedArticle {
  articleId: number;
  requestId: number;
  kind: LinkKind;
  title: string;
  state: ArticleState;
  createdAt: string;
}

/** A request an article is linked to (`GET /articles/{id}/requests`). */
export interface ArticleRequestLink {
  requestId: number;
  kind: LinkKind;
  title: string;
  status: string;
  createdAt: string;
}

/** The body of `POST /articles`. */
export interface NewArticle {
  title: string;
  body: string;
  topicIds: number[];
  audience: Audience;
  state: ArticleState;
}

/** The body of `PATCH /articles/{id}`. */
export interface ArticleChanges extends Partial<NewArticle> {
  version: number;
  note?: string;
}
