import type { Page } from "../people/people.types.js";
import type { Article, ArticleLink, ArticleState, ArticleVersion, Audience, ArticleVisibility, LinkKind } from "./knowledge.types.js";

export interface NewArticle {
  title: string;
  body: string;
  state: ArticleState;
  audience: Audience;
  authorId: number | null;
  topicIds: number[];
  at: string;
}

export interface ArticleChanges {
  title?: string;
  body?: string;
  audience?: Audience;
  topicIds?: number[];
  state?: ArticleState;
  validatedBy?: number | null;
  validatedAt?: string | null;
}

export interface ArticleFilter {
  visibility: ArticleVisibility;
  topicId?: number;
  audience?: Audience;
  state?: ArticleState;
  authorId?: number;
  ids?: number[];
  sort?: "updated" | "title" | "helpful";
  cursor?: string;
  limit: number;
}

export interface ArticlesRepository {
  create(article: NewArticle): Promise<Article>;
  findById(id: number): Promise<Article | null>;
  /** Applies changes; content changes bump the version. A stale `expectedVersion` answers VERSION_CONFLICT. */
  update(id: number, expectedVersion: number | null, changes: ArticleChanges, at: string): Promise<Article>;
  list(filter: ArticleFilter): Promise<Page<Article>>;
  countView(id: number): Promise<void>;
  countFeedback(id: number, helped: boolean): Promise<void>;
}

export interface ArticleVersionsRepository {
  add(articleId: number, version: ArticleVersion): Promise<void>;
  list(articleId: number): Promise<ArticleVersion[]>;
  find(articleId: number, version: number): Promise<ArticleVersion | null>;
}

export interface ArticleLinksRepository {
  /** Adds a link unless the same one exists; true when it was new. */
  add(link: ArticleLink): Promise<boolean>;
  remove(articleId: number, requestId: number, kind: LinkKind): Promise<boolean>;
  forRequest(requestId: number): Promise<ArticleLink[]>;
  forArticle(articleId: number): Promise<ArticleLink[]>;
}

export interface FeedbackRepository {
  add(entry: { articleId: number; personId: number; helped: boolean; at: string }): Promise<void>;
}

export interface DeflectionsRepository {
  add(entry: { personId: number; articleId: number; text: string; at: string }): Promise<number>;
}

export interface PhrasingsRepository {
  add(entry: { articleId: number; text: string; source: "deflection" | "request"; at: string }): Promise<void>;
  forArticle(articleId: number): Promise<string[]>;
}
