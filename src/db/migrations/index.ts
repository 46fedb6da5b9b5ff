import type { Migration } from "kysely";
import * as foundation from "./2026-11-30T1130-foundation.js";
import * as requests from "./2026-11-30T1300-requests.js";
import * as knowledge from "./2026-11-30T1400-knowledge.js";
import * as articleSearch from "./2026-11-30T1410-article-search.js";
import * as community from "./2026-11-30T1600-community.js";
import * as digest from "./2026-11-30T1700-digest.js";
import * as trainings from "./2026-11-30T1800-trainings.js";
import * as ideas from "./2026-11-30T1810-ideas.js";
import * as articleVectors from "./2026-11-30T1900-article-vectors.js";
import * as notificationIdeas from "./2026-11-30T2000-notification-ideas.js";
import * as searchTermsVersion from "./2026-11-30T2100-search-terms-version.js";

/** Every migration, in order. Listed explicitly so they run the same under tsx, tsc output or a bundle. */
export const MIGRATIONS: Record<string, Migration> = {
  "2026-11-30T1130-foundation": foundation,
  "2026-11-30T1300-requests": requests,
  "2026-11-30T1400-knowledge": knowledge,
  "2026-11-30T1410-article-search": articleSearch,
  "2026-11-30T1600-community": community,
  "2026-11-30T1700-digest": digest,
  "2026-11-30T1800-trainings": trainings,
  "2026-11-30T1810-ideas": ideas,
  "2026-11-30T1900-article-vectors": articleVectors,
  "2026-11-30T2000-notification-ideas": notificationIdeas,
  "2026-11-30T2100-search-terms-version": searchTermsVersion,
};
