import { useCallback } from "react";
import { useSearchParams } from "react-router";
import { AUDIENCES, type ArticleSort, type Audience } from "./knowledge.types";

const SORTS: ArticleSort[] = ["updated", "helpful", "title"];

export interface KnowledgeParams {
  q: string;
  topicId: number | undefined;
  audience: Audience | undefined;
  sort: ArticleSort;
}

/** The knowledge page's search and filters, kept in the address so "See all" and Back work. */
export function useKnowledgeParams(): [KnowledgeParams, (changes: Partial<KnowledgeParams>) => void] {
  const [params, setParams] = useSearchParams();
  const topic = Number(params.get("topicId"));
  const audience = params.get("audience") as Audience | null;
  const sort = params.get("sort") as ArticleSort | null;
  const value: KnowledgeParams = {
    q: params.get("q") ?? "",
    topicId: Number.isInteger(topic) && topic > 0 ? topic : undefined,
    audience: audience && AUDIENCES.includes(audience) ? audience : undefined,
    sort: sort && SORTS.includes(sort) ? sort : "updated",
  };
  const update = useCallback(
    (changes: Partial<KnowledgeParams>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, val] of Object.entries(changes)) {
            if (val === undefined || val === "" || (key === "sort" && val === "updated")) next.delete(key);
            else next.set(key, String(val));
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [value, update];
}
