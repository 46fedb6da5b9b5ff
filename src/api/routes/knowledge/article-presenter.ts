import type { PeopleRepository } from "../../../core/people/people.ports.js";
import type { Article, ArticleVersion } from "../../../core/knowledge/knowledge.types.js";
import { markdownToText, renderMarkdown } from "../../../platform/markdown.js";

/** An article as the API answers it: its Markdown plus sanitized HTML and the author's name. */
export async function presentArticle(people: PeopleRepository, article: Article) {
  const names = await people.namesOf(article.authorId ? [article.authorId] : []);
  return { ...article, bodyHtml: renderMarkdown(article.body), authorName: article.authorId ? (names.get(article.authorId) ?? null) : null };
}

export function presentSummary(article: Article) {
  const text = markdownToText(article.body);
  return {
    id: article.id,
    title: article.title,
    excerpt: text.length > 200 ? `${text.slice(0, 197)}…` : text,
    state: article.state,
    audience: article.audience,
    topicIds: article.topicIds,
    views: article.views,
    helpedCount: article.helpedCount,
    updatedAt: article.updatedAt,
  };
}

export async function presentVersions(people: PeopleRepository, versions: ArticleVersion[]) {
  const names = await people.namesOf(versions.flatMap((v) => (v.authorId ? [v.authorId] : [])));
  return versions.map((v) => ({ ...v, authorName: v.authorId ? (names.get(v.authorId) ?? null) : null }));
}
