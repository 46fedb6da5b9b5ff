import type { Training } from "../../../core/growth/trainings/trainings.types.js";
import type { CalendarLinks } from "../../../platform/calendar-tokens.js";

/** A training as the API answers it: with its iCalendar link. */
export function presentTraining<T extends Training>(training: T, links: CalendarLinks): T & { icsUrl: string } {
  return { ...training, icsUrl: links.trainingIcs(training.id) };
}
