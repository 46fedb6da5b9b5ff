import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { TimelineEntry } from "./requests.types";

const str = (value: unknown) => (typeof value === "string" ? value : "");
const num = (value: unknown) => (typeof value === "number" ? value : null);

/** Fields whose change has its own, more telling event ("Mode corrected: …"). */
const OWN_EVENT_FIELDS = ["mode", "topicId", "nature"];

/** False for an event that only repeats what another one says better. */
export function isWorthShowing(entry: TimelineEntry): boolean {
  if (entry.type !== "request.updated" || !Array.isArray(entry.data.fields)) return true;
  return entry.data.fields.some((field) => !OWN_EVENT_FIELDS.includes(String(field)));
}

/**
 * Puts a timeline event into words ("Tess Tech assigned Hugo Helper", "Status: triaged → in progress").
 * `nameOf` knows the people this page has seen; `topicOf` names topics.
 */
export function useTimelineText(nameOf: (id: number) => string | undefined, topicOf: (id: number) => string) {
  const { t } = useTranslation();
  return useCallback(
    (entry: TimelineEntry): string => {
      const actor = entry.actorName ?? t("events.someone");
      const data = entry.data;
      const status = (value: unknown) => (str(value) ? t(`status.${str(value)}`) : "?");
      const mode = (value: unknown) => (str(value) ? t(`modes.${str(value)}.label`) : "?");
      switch (entry.type) {
        case "request.created":
          return t("events.created", { actor, mode: mode(data.mode) });
        case "request.assigned": {
          const assigneeId = num(data.assigneeId);
          if (assigneeId === null) return data.previousAssigneeId === entry.actorId ? t("events.handedBack", { actor }) : t("events.unassigned", { actor });
          if (assigneeId === entry.actorId) return t("events.took", { actor });
          const assignee = str(data.assigneeName) || nameOf(assigneeId);
          if (assignee && str(data.mentorName)) return t("events.assignedWithMentor", { actor, assignee, mentor: str(data.mentorName) });
          return assignee ? t("events.assigned", { actor, assignee }) : t("events.assignedSomeone", { actor });
        }
        case "request.status_changed":
          return t(data.reason === "requester_replied" ? "events.statusRequesterReplied" : "events.status", { from: status(data.from), to: status(data.to) });
        case "request.mode_corrected":
          return t("events.modeCorrected", { from: mode(data.from), to: mode(data.to) });
        case "request.topic_changed":
          return t("events.topicChanged", { from: topicOf(num(data.from) ?? 0), to: topicOf(num(data.to) ?? 0) });
        case "request.nature_changed":
          return t("events.natureChanged", { from: t(`topics.nature.${str(data.from)}`), to: t(`topics.nature.${str(data.to)}`) });
        case "request.updated":
          return t("events.updated", { actor });
        case "request.resolved":
          return t("events.resolved", { kind: t(`resolution.${str(data.kind)}.label`) });
        case "request.answer_accepted": {
          const authorId = num(data.authorId);
          return t("events.answerAccepted", { actor, author: (authorId !== null && nameOf(authorId)) || t("events.someone") });
        }
        case "request.feedback": {
          const answer = t(`selfReliance.${str(data.selfReliance)}`);
          const rating = num(data.satisfaction);
          return rating === null ? t("events.feedback", { actor, answer }) : t("events.feedbackRated", { actor, answer, rating });
        }
        case "request.merged":
          return t("events.merged", { id: num(data.intoId) });
        case "request.merged_from":
          return t("events.mergedFrom", { id: num(data.fromId) });
        case "request.attachment_added":
          return t("events.attachment", { actor, filename: str(data.filename) });
        default:
          return t("events.other", { actor, type: entry.type.replace(/^request\./, "").replace(/_/g, " ") });
      }
    },
    [t, nameOf, topicOf],
  );
}
