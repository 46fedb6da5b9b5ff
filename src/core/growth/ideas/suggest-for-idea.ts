import { ancestorsOf, routingInputs } from "../../community/find-helpers.js";
import type { RoutingDataSource } from "../../community/community.ports.js";
import type { RoutingRequest } from "../../community/community.types.js";
import { nearestSkill } from "../../community/routing/eligibility.js";
import { proposeHelpers } from "../../community/routing/route-request.js";
import type { ArticleSearchIndex } from "../../knowledge/search.ports.js";
import { visibilityFor } from "../../knowledge/visibility.js";
import { MAX_QUERY_LENGTH } from "../../knowledge/suggest.js";
import type { Clock, TopicsRepository } from "../../people/people.ports.js";
import type { Actor } from "../../people/people.types.js";
import { loadVisibleIdea } from "./idea-deps.js";
import type { IdeasRepository, TrainingsFinder } from "./ideas.ports.js";
import type { Idea, IdeaSuggestions } from "./ideas.types.js";

/** How many of each kind of suggestion an idea gets. */
export const SUGGESTION_LIMIT = 5;

export type SuggestionDeps = {
  ideas: IdeasRepository;
  topics: TopicsRepository;
  routing: RoutingDataSource;
  search: ArticleSearchIndex;
  trainings: TrainingsFinder;
  clock: Clock;
};

/**
 * What could help this idea: mentors ranked by the request router on each of its topics (practitioners
 * and mentors only, never the owner or someone already mentoring), published articles the caller may
 * read that match its words, and upcoming trainings on its topics.
 */
export async function suggestForIdea(deps: SuggestionDeps, actor: Actor, ideaId: number): Promise<IdeaSuggestions> {
  const idea = await loadVisibleIdea(deps.ideas, actor, ideaId);
  const at = deps.clock.now().toISOString();
  const [mentors, hits, trainings] = await Promise.all([
    mentorsFor(deps, idea, at),
    deps.search.search({ text: `${idea.title}\n${idea.pitch}\n${idea.goals}`.slice(0, MAX_QUERY_LENGTH), limit: SUGGESTION_LIMIT, visibility: visibilityFor(actor), publishedOnly: true }),
    idea.topicIds.length ? deps.trainings.upcoming({ topicIds: idea.topicIds, from: at, limit: SUGGESTION_LIMIT }) : Promise.resolve([]),
  ]);
  return { mentors, articles: hits.map((h) => ({ articleId: h.articleId, title: h.title, snippet: h.snippet })), trainings };
}

/** The router's ranking on each topic, merged: a person keeps their best score and its reasons. */
async function mentorsFor(deps: Pick<SuggestionDeps, "topics" | "routing">, idea: Idea, at: string): Promise<IdeaSuggestions["mentors"]> {
  if (idea.topicIds.length === 0) return [];
  const { topics, candidates, topicNames, weekday } = await routingInputs(deps, at);
  const byId = new Map(candidates.map((c) => [c.personId, c]));
  const taken = new Set(idea.mentors.map((m) => m.personId));
  const best = new Map<number, IdeaSuggestions["mentors"][number]>();
  for (const topicId of idea.topicIds) {
    const request: RoutingRequest = { requesterId: idea.ownerId, topicId, topicAncestors: ancestorsOf(topics, topicId), mode: "idea", nature: "learnable", weekday };
    for (const p of proposeHelpers(request, candidates, { topicNames })) {
      const level = nearestSkill(byId.get(p.personId)!, request)?.level;
      if (level === "learning" || taken.has(p.personId)) continue;
      const seen = best.get(p.personId);
      if (!seen || p.score > seen.score) best.set(p.personId, { personId: p.personId, name: p.name, score: p.score, reason: p.reasons[0] ?? "", reasons: p.reasons });
    }
  }
  // Stable: the score, then the router's own tie-break order (Map keeps first-seen order).
  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, SUGGESTION_LIMIT);
}
