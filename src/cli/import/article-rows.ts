import type { ArticleInput } from "../../core/knowledge/create-article.js";
import { ARTICLE_STATES, AUDIENCES } from "../../core/knowledge/knowledge.types.js";
import type { Topic } from "../../core/people/people.types.js";
import { listField, oneOf, readRow, RowProblem, type RowResult, textField } from "./row-fields.js";

/** Columns of an articles file; `title` and `body` (Markdown) are required. */
export const ARTICLE_COLUMNS = ["title", "body", "topics", "audience", "state"] as const;
export const REQUIRED_ARTICLE_COLUMNS = ["title", "body"] as const;

/** Topic ids by name, case-insensitively; a name shared by several topics is refused as ambiguous. */
export function topicLookup(topics: readonly Topic[]): (name: string) => number {
  const byName = new Map<string, number[]>();
  for (const t of topics) byName.set(t.name.toLowerCase(), [...(byName.get(t.name.toLowerCase()) ?? []), t.id]);
  return (name) => {
    const ids = byName.get(name.trim().toLowerCase()) ?? [];
    if (ids.length === 1) return ids[0]!;
    throw new RowProblem(ids.length ? `topic "${name}" is ambiguous (${ids.length} topics have that name)` : `unknown topic "${name}"`);
  };
}

/**
 * Reads one article row. Topics are names separated by ";" or "|" (names may contain spaces);
 * audience defaults to everyone and state to validated — an import is the school's curated knowledge.
 */
export function parseArticleRow(fields: Record<string, unknown>, topicId: (name: string) => number): RowResult<ArticleInput> {
  return readRow(() => {
    const title = textField(fields, "title");
    const body = typeof fields.body === "string" ? fields.body.trim() : textField(fields, "body");
    if (!title) throw new RowProblem("title is empty");
    if (!body) throw new RowProblem("body is empty");
    const rawTopics = Array.isArray(fields.topics) ? listField(fields, "topics") : (textField(fields, "topics") ?? "").split(/[;|]/);
    return {
      title,
      body,
      topicIds: rawTopics.map((t) => t.trim()).filter(Boolean).map(topicId),
      audience: oneOf("audience", textField(fields, "audience"), AUDIENCES, "everyone"),
      state: oneOf("state", textField(fields, "state"), ARTICLE_STATES, "validated"),
    };
  });
}
