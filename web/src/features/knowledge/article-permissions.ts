import { useAuth, useMe } from "../../app/auth-context";
import type { Me } from "../../app/api-types";
import type { Article, ArticleState, Audience } from "./knowledge.types";

/** KCS moves as the server allows them (src/core/knowledge/article-states.ts); "tech" means tech or admin. */
const MOVES: Record<ArticleState, Partial<Record<ArticleState, "publisher" | "tech">>> = {
  draft: { unvalidated: "publisher", validated: "tech", archived: "tech" },
  unvalidated: { validated: "tech", draft: "tech", archived: "tech" },
  validated: { unvalidated: "tech", archived: "tech" },
  archived: { unvalidated: "tech", validated: "tech" },
};

/** Audiences a person may read, and so write for: students everyone, staff also staff, tech all. */
export function readableAudiences(me: Me, isTech: boolean): Audience[] {
  if (isTech) return ["everyone", "staff", "tech"];
  return me.kind === "student" ? ["everyone"] : ["everyone", "staff"];
}

/** What the signed-in person may do with articles; the server checks the same rules. */
export function useArticlePermissions() {
  const me = useMe();
  const { hasRole } = useAuth();
  const isTech = hasRole("tech", "admin");
  const mayPublish = isTech || hasRole("helper");
  const allowed = (rule: "publisher" | "tech" | undefined) => (rule === "tech" ? isTech : rule === "publisher" ? mayPublish : false);
  return {
    isTech,
    mayPublish,
    audiences: readableAudiences(me, isTech),
    /** States a new article may start in. */
    creatableStates: (isTech ? ["draft", "unvalidated", "validated", "archived"] : mayPublish ? ["draft", "unvalidated"] : ["draft"]) as ArticleState[],
    /** Authors edit their drafts; helpers and tech improve published articles; tech also archived ones. */
    canEdit: (article: Article) =>
      isTech || (article.state === "draft" ? article.authorId === me.id : mayPublish && article.state !== "archived"),
    /** States the article may move to from where it is. */
    movesFrom: (state: ArticleState) =>
      (Object.entries(MOVES[state]) as [ArticleState, "publisher" | "tech"][]).filter(([, rule]) => allowed(rule)).map(([to]) => to),
  };
}
