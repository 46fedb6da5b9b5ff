import type { Kysely } from "kysely";
import { KyselyApiTokensRepository } from "./auth/api-tokens.repository.js";
import { KyselySessionsRepository } from "./auth/sessions.repository.js";
import { KyselySignInAttemptsRepository } from "./auth/sign-in-attempts.repository.js";
import type { Db } from "./dialect.js";
import { KyselyCampusesRepository } from "./people/campuses.repository.js";
import { KyselyPeopleRepository } from "./people/people.repository.js";
import { KyselyTopicsRepository } from "./people/topics.repository.js";
import { KyselyAttachmentsRepository } from "./requests/attachments.repository.js";
import { KyselyMessagesRepository } from "./requests/messages.repository.js";
import { KyselyModeExamplesRepository } from "./requests/mode-examples.repository.js";
import { KyselyRequestsRepository } from "./requests/requests.repository.js";
import { KyselyTimelineRepository } from "./requests/timeline.repository.js";
import { KyselySavedRepliesRepository, KyselySavedViewsRepository } from "./requests/saved-items.repository.js";
import { KyselyArticleFeedback, KyselyArticleLinks, KyselyArticleVersions, KyselyDeflections, KyselyPhrasings } from "./knowledge/article-records.repository.js";
import { KyselyArticlesRepository } from "./knowledge/articles.repository.js";
import { KyselySimilarRequests } from "./knowledge/similar-requests.repository.js";
import { KyselyKnowledgeStats } from "./knowledge/knowledge-stats.repository.js";
import { articleSearchFor } from "./knowledge/search/article-search.js";
import { KyselyDirectory } from "./community/directory.repository.js";
import { KyselyGroupsRepository } from "./community/groups.repository.js";
import { KyselyPortfolioSource } from "./community/portfolio.repository.js";
import { KyselyAnswerCounts } from "./community/questions.repository.js";
import { KyselyRoutingData } from "./community/routing-data.repository.js";
import { KyselySkillEvidence } from "./community/skill-evidence.repository.js";
import { KyselyInterestsRepository, KyselyProfilesRepository, KyselySkillsRepository } from "./community/skills.repository.js";
import { KyselyIdeasRepository } from "./growth/ideas/ideas.repository.js";
import { KyselyTrainingsFinder } from "./growth/ideas/trainings-finder.repository.js";
import { KyselyTrainingsRepository } from "./growth/trainings.repository.js";
import { KyselyArticleExistence, KyselyTopicRequests } from "./growth/trainings-sources.repository.js";
import { KyselyDigestSubscriptions } from "./insights/digest-subscriptions.repository.js";
import type { Database } from "./schema.js";
import { KyselyEventLog } from "./shared/events.repository.js";
import { KyselySettings } from "./shared/settings.repository.js";
import { KyselyGrowthSource } from "./insights/growth.repository.js";
import { KyselyInsightRecords } from "./insights/insight-records.repository.js";

/** Every repository bound to one connection or transaction. Callers hand use cases only the ones they name. */
export function repositoriesFor(kysely: Kysely<Database>, db: Pick<Db, "capabilities" | "dialect" | "semantic">) {
  return {
    people: new KyselyPeopleRepository(kysely, db),
    campuses: new KyselyCampusesRepository(kysely),
    topics: new KyselyTopicsRepository(kysely),
    sessions: new KyselySessionsRepository(kysely),
    tokens: new KyselyApiTokensRepository(kysely),
    attempts: new KyselySignInAttemptsRepository(kysely),
    events: new KyselyEventLog(kysely),
    settings: new KyselySettings(kysely),
    requests: new KyselyRequestsRepository(kysely, db),
    messages: new KyselyMessagesRepository(kysely),
    attachments: new KyselyAttachmentsRepository(kysely),
    timeline: new KyselyTimelineRepository(kysely),
    examples: new KyselyModeExamplesRepository(kysely),
    views: new KyselySavedViewsRepository(kysely),
    replies: new KyselySavedRepliesRepository(kysely),
    articles: new KyselyArticlesRepository(kysely),
    versions: new KyselyArticleVersions(kysely),
    links: new KyselyArticleLinks(kysely),
    feedback: new KyselyArticleFeedback(kysely),
    deflections: new KyselyDeflections(kysely),
    phrasings: new KyselyPhrasings(kysely),
    similar: new KyselySimilarRequests(kysely, db),
    search: articleSearchFor(kysely, db.dialect, db.semantic),
    knowledgeStats: new KyselyKnowledgeStats(kysely),
    skills: new KyselySkillsRepository(kysely),
    profiles: new KyselyProfilesRepository(kysely),
    interests: new KyselyInterestsRepository(kysely),
    routing: new KyselyRoutingData(kysely),
    directory: new KyselyDirectory(kysely, db),
    groups: new KyselyGroupsRepository(kysely),
    portfolio: new KyselyPortfolioSource(kysely),
    answers: new KyselyAnswerCounts(kysely),
    evidence: new KyselySkillEvidence(kysely),
    digests: new KyselyDigestSubscriptions(kysely),
    insights: new KyselyInsightRecords(kysely),
    growth: new KyselyGrowthSource(kysely),
    ideas: new KyselyIdeasRepository(kysely),
    /** Upcoming trainings for idea suggestions (plain SQL; meant for reads outside a transaction). */
    upcomingTrainings: new KyselyTrainingsFinder(kysely),
    trainings: new KyselyTrainingsRepository(kysely, db),
    topicRequests: new KyselyTopicRequests(kysely),
    articleIds: new KyselyArticleExistence(kysely),
  };
}

export type Repositories = ReturnType<typeof repositoriesFor>;

/** Runs work in one transaction: everything it writes, events included, commits or rolls back together. */
export function inTransaction<T>(db: Db, work: (repos: Repositories) => Promise<T>): Promise<T> {
  return db.kysely.transaction().execute((trx) => work(repositoriesFor(trx, db)));
}
