import { Button } from "@mantine/core";
import { IconArchive, IconArrowBackUp, IconCircleCheck, IconRestore, IconSend } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import type { UseMutationResult } from "@tanstack/react-query";
import type { Article, ArticleChanges, ArticleState } from "./knowledge.types";

/** The label key and icon for moving an article from one state to another. */
function moveLabel(from: ArticleState, to: ArticleState) {
  if (to === "archived") return { key: "knowledge.moves.archive", icon: IconArchive };
  if (from === "archived") return { key: to === "validated" ? "knowledge.moves.restoreValidated" : "knowledge.moves.restore", icon: IconRestore };
  if (to === "validated") return { key: "knowledge.moves.validate", icon: IconCircleCheck };
  if (to === "unvalidated") return from === "draft" ? { key: "knowledge.moves.publish", icon: IconSend } : { key: "knowledge.moves.unvalidate", icon: IconArrowBackUp };
  return { key: "knowledge.moves.toDraft", icon: IconArrowBackUp };
}

interface Props {
  article: Article;
  moves: ArticleState[];
  update: UseMutationResult<Article, Error, ArticleChanges>;
}

/** Buttons for the KCS moves the person may make: publish, validate, archive, restore. */
export function ArticleStateActions({ article, moves, update }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {moves.map((to) => {
        const { key, icon: Icon } = moveLabel(article.state, to);
        const primary = to === "validated" || (to === "unvalidated" && article.state === "draft");
        return (
          <Button
            key={to}
            variant={primary ? "filled" : "light"}
            color={to === "archived" ? "gray" : undefined}
            leftSection={<Icon size={18} aria-hidden />}
            loading={update.isPending && update.variables?.state === to}
            onClick={() => update.mutate({ version: article.version, state: to })}
          >
            {t(key)}
          </Button>
        );
      })}
    </>
  );
}
