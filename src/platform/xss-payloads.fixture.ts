/**
 * A selection of OWASP's XSS filter-evasion examples, in Markdown and raw HTML forms. Each sets
 * `window.__xss` if it ever executes. Shared by the renderer's unit tests and the browser tests.
 */
export const XSS_PAYLOADS: readonly string[] = [
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
