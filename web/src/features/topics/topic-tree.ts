import type { Topic } from "../../app/api-types";

/** A topic with its children, sorted by name. */
export interface TopicNode {
  topic: Topic;
  children: TopicNode[];
}

/** Builds the parent/child forest; a topic whose parent is missing (e.g. archived, hidden) becomes a root. */
export function buildTopicTree(topics: Topic[]): TopicNode[] {
  const nodes = new Map(topics.map((topic) => [topic.id, { topic, children: [] as TopicNode[] }]));
  const roots: TopicNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.topic.parentId === null ? undefined : nodes.get(node.topic.parentId);
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: TopicNode[]) => {
    list.sort((a, b) => a.topic.name.localeCompare(b.topic.name));
    list.forEach((node) => sort(node.children));
  };
  sort(roots);
  return roots;
}

/** The topic and everything under it: none of these may become its parent (that would be a cycle). */
export function subtreeIds(topics: Topic[], rootId: number): Set<number> {
  const ids = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const topic of topics) {
      if (topic.parentId !== null && ids.has(topic.parentId) && !ids.has(topic.id)) {
        ids.add(topic.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Topics in tree order with their depth, for an indented parent picker. */
export function flattenTree(nodes: TopicNode[], depth = 0): { topic: Topic; depth: number }[] {
  return nodes.flatMap((node) => [{ topic: node.topic, depth }, ...flattenTree(node.children, depth + 1)]);
}
