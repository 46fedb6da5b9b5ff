import type { Person } from "../../../core/people/people.types.js";

/**
 * The signed-in person's own view, with the CSRF token the web app echoes on writes and, where the
 * route knows it, the secret URL of their personal trainings calendar feed.
 */
export function toMe(person: Person, csrfToken: string | null, calendarFeedUrl?: string) {
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    kind: person.kind,
    campusId: person.campusId,
    locale: person.locale,
    roles: person.roles,
    csrfToken,
    ...(calendarFeedUrl !== undefined && { calendarFeedUrl }),
  };
}
