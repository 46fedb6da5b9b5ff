import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "./markdown.js";
import { XSS_PAYLOADS } from "./xss-payloads.fixture.js";


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
