import { type RawBuilder, sql, type SqlBool } from "kysely";
import type { IdeaScope } from "../../../core/growth/ideas/ideas.ports.js";

/**
 * Who may see an idea (idea-rules `canSee`, handed over as `ideaScopeOf`) as SQL over the columns that hold
 * an idea's id, its owner and its owner's kind, under whatever aliases the query gives them: anyone sees an
 * idea, except that a student sees another student's only as its mentor.
 */
export function ideaVisibleTo(scope: IdeaScope, columns: { id: string; ownerId: string; ownerKind: string }): RawBuilder<SqlBool> {
  if (scope.kind === "all") return sql<SqlBool>`1 = 1`;
  const me = scope.personId;
  return sql<SqlBool>`(${sql.ref(columns.ownerKind)} <> 'student' or ${sql.ref(columns.ownerId)} = ${me} or exists (select 1 from idea_mentors as m where m.idea_id = ${sql.ref(columns.id)} and m.person_id = ${me}))`;
}
