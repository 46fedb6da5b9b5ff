import classes from "./article-body.module.css";

/**
 * An article's body as the server rendered it. The HTML comes only from the API's Markdown renderer,
 * which sanitizes it (allow-listed tags, no scripts, handlers or javascript: URLs), so it is safe here.
 */
export function ArticleBody({ html, label }: { html: string; label?: string }) {
  return <div className={classes.body} aria-label={label} dangerouslySetInnerHTML={{ __html: html }} />;
}
