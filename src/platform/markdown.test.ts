import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "./markdown.js";

/** A selection of OWASP's XSS filter-evasion examples, in Markdown and raw HTML forms. */
export const XSS_PAYLOADS = [
  "<script>window.__xss=1</script>",
  '<img src=x onerror="window.__xss=1">',
  '<IMG SRC="javascript:window.__xss=1;">',
  "<IMG SRC=javascript:window.__xss=1>",
  '<IMG SRC=JaVaScRiPt:window.__xss=1>',
  '<a href="javascript:window.__xss=1">click</a>',
  "[click](javascript:window.__xss=1)",
  "[click](JAVASCRIPT:window.__xss=1)",
  "[click](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;window.__xss=1)",
  "![x](javascript:window.__xss=1)",
  '<svg onload="window.__xss=1">',
  '<body onload="window.__xss=1">',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<div style="background:url(javascript:window.__xss=1)">x</div>',
  '<a href="data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9MTwvc2NyaXB0Pg==">x</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
  '<details open ontoggle="window.__xss=1">',
  "<scr<script>ipt>window.__xss=1</scr</script>ipt>",
  '"><script>window.__xss=1</script>',
  '<input autofocus onfocus="window.__xss=1">',
  '<object data="javascript:window.__xss=1"></object>',
  '<a href="  javascript:window.__xss=1">x</a>',
  "[x](vbscript:window.__xss=1)",
  '<form action="javascript:window.__xss=1"><button>x</button></form>',
];

describe("Markdown rendering", () => {
  it("renders the Markdown people write", () => {
    const html = renderMarkdown("## Steps\n1. Open **Classroom**\n2. Click [Help](https://support.google.com)\n\n`code`");
    expect(html).toContain("<h2>Steps</h2>");
    expect(html).toContain("<strong>Classroom</strong>");
    expect(html).toContain('href="https://support.google.com"');
    expect(html).toContain('rel="noopener noreferrer nofollow"');
    expect(html).toContain("<code>code</code>");
  });

  it("never lets scripts, handlers or javascript: URLs through", () => {
    const allowed = new Set(["p", "a", "img", "br", "code", "pre", "strong", "em", "ul", "ol", "li", "h2", "blockquote", "table", "thead", "tbody", "tr", "th", "td"]);
    for (const payload of XSS_PAYLOADS) {
      // Escaped text may mention anything; what matters is the real tags and their attributes.
      const tags = renderMarkdown(payload).toLowerCase().match(/<[a-z][^>]*>/g) ?? [];
      for (const tag of tags) {
        expect(allowed.has(/^<([a-z0-9]+)/.exec(tag)![1]!), `${payload} → ${tag}`).toBe(true);
        expect(tag, payload).not.toMatch(/\son\w+=|javascript:|vbscript:|data:|style=/);
      }
    }
  });

  it("turns Markdown into plain text for snippets", () => {
    expect(markdownToText("# Title\n\nSome **bold** and <b>html</b>")).toBe("Title Some bold and html");
  });
});
