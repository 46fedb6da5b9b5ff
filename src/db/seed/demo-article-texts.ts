import type { DemoArticleText } from "./demo-article-text.js";
import { ACCESS_ARTICLES } from "./demo-article-texts-access.js";
import { AV_ARTICLES } from "./demo-article-texts-av.js";
import { CLASSROOM_ARTICLES } from "./demo-article-texts-classroom.js";
import { DEVICE_ARTICLES } from "./demo-article-texts-devices.js";
import { OFFICE_ARTICLES } from "./demo-article-texts-office.js";

/** Every article of the demo knowledge base, in the order the seed plans them. */
export const DEMO_ARTICLE_TEXTS: readonly DemoArticleText[] = [...CLASSROOM_ARTICLES, ...AV_ARTICLES, ...ACCESS_ARTICLES, ...DEVICE_ARTICLES, ...OFFICE_ARTICLES];

/** The body an earlier version had: without the closing `## ` sections that later versions added. */
export function bodyAtVersion(text: DemoArticleText, version: number): string {
  const later = (text.revisions?.length ?? 0) - (version - 1);
  if (later <= 0) return text.body;
  const starts = [...text.body.matchAll(/^## /gm)].map((m) => m.index);
  const cut = starts[starts.length - later];
  if (cut === undefined || starts.length - later < 1) throw new Error(`"${text.title}" has fewer sections than revisions`);
  return text.body.slice(0, cut).trimEnd();
}
