import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

// GitHub-flavoured Markdown; raw HTML in the source is escaped by the sanitizer below, never trusted.
const marked = new Marked({ gfm: true, breaks: true, async: false });

const POLICY: sanitizeHtml.IOptions = {
  allowedTags: ["h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code", "strong", "em", "del", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "kbd"],
  allowedAttributes: { a: ["href", "title"], img: ["src", "alt", "title"], th: ["align"], td: ["align"], code: ["class"], ol: ["start"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["http", "https"] },
  allowProtocolRelative: false,
  allowedClasses: { code: [/^language-[\w-]+$/] },
  disallowedTagsMode: "escape",
  transformTags: {
    // Links open safely in a new tab and carry no referrer or opener.
    a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer nofollow", target: "_blank" }),
  },
};

/** Markdown → HTML that is safe to insert into a page: no scripts, handlers, styles or `javascript:` URLs. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html, { ...POLICY, allowedAttributes: { ...POLICY.allowedAttributes, a: ["href", "title", "rel", "target"] } });
}

/** Markdown as plain text, for snippets and search. */
export function markdownToText(markdown: string): string {
  return sanitizeHtml(marked.parse(markdown) as string, { allowedTags: [], allowedAttributes: {} }).replace(/\s+/g, " ").trim();
}
