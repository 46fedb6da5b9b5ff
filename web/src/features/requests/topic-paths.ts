import { useMemo } from "react";
import type { Topic } from "../../app/api-types";
import { useTopics } from "../topics/topics.api";

/** A topic's place in the tree, e.g. "Google Classroom › Grading". */
export function topicPath(topic: Topic, byId: Map<number, Topic>): string {
  const names = [topic.name];
  const seen = new Set([topic.id]);
  let parent = topic.parentId === null ? undefined : byId.get(topic.parentId);
  while (parent && !seen.has(parent.id)) {
    names.unshift(parent.name);
    seen.add(parent.id);
    parent = parent.parentId === null ? undefined : byId.get(parent.parentId);
  }
  return names.join(" › ");
}

/**
 * Every topic with its path: `options` (active topics, sorted by path) for pickers, and `path(id)`
 * and `topic(id)` for showing any topic a request names, archived ones included.
 */
export function useTopicPaths() {
  const topics = useTopics(true);
  return useMemo(() => {
    const all = topics.data ?? [];
    const byId = new Map(all.map((topic) => [topic.id, topic]));
    const paths = new Map(all.map((topic) => [topic.id, topicPath(topic, byId)]));
    const options = all
      .filter((topic) => !topic.archived)
      .map((topic) => ({ value: String(topic.id), label: paths.get(topic.id) ?? topic.name }))
      .sort((a, b) => a.label.localeCompare(b.label));
    return {
      isPending: topics.isPending,
      error: topics.error,
      options,
      path: (id: number) => paths.get(id) ?? `#${id}`,
      topic: (id: number) => byId.get(id),
    };
  }, [topics.data, topics.isPending, topics.error]);
}
