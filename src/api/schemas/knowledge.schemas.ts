import { Type } from "@sinclair/typebox";
import { ARTICLE_STATES, AUDIENCES, LINK_KINDS } from "../../core/knowledge/knowledge.types.js";
import { literals } from "./people.schemas.js";

export const ArticleStateSchema = literals(ARTICLE_STATES);
export const AudienceSchema = literals(AUDIENCES);
export const LinkKindSchema = literals(LINK_KINDS);

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const ArticleSchema = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  body: Type.String(),
  /** The body rendered from Markdown and sanitized: safe to insert as HTML. */
  bodyHtml: Type.String(),
  state: ArticleStateSchema,
  audience: AudienceSchema,
  authorId: Nullable(Type.Integer()),
  authorName: Nullable(Type.String()),
  topicIds: Type.Array(Type.Integer()),
  version: Type.Integer(),
  views: Type.Integer(),
  helpedCount: Type.Integer(),
  notHelpedCount: Type.Integer(),
  validatedBy: Nullable(Type.Integer()),
  validatedAt: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});

export const ArticleSummarySchema = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  excerpt: Type.String(),
  state: ArticleStateSchema,
  audience: AudienceSchema,
  topicIds: Type.Array(Type.Integer()),
  views: Type.Integer(),
  helpedCount: Type.Integer(),
  updatedAt: Type.String(),
});

export const ArticleVersionSchema = Type.Object({
  version: Type.Integer(),
  title: Type.String(),
  body: Type.String(),
  authorId: Nullable(Type.Integer()),
  authorName: Nullable(Type.String()),
  note: Type.String(),
  createdAt: Type.String(),
});

export const SuggestionSchema = Type.Object({
  type: Type.Union([Type.Literal("article"), Type.Literal("request")]),
  id: Type.Integer(),
  title: Type.String(),
  /** Plain text; matched words are wrapped in «…». */
  snippet: Type.String(),
});

export const LinkedArticleSchema = Type.Object({
  articleId: Type.Integer(),
  requestId: Type.Integer(),
  kind: LinkKindSchema,
  title: Type.String(),
  state: ArticleStateSchema,
  createdAt: Type.String(),
});
