import type { Clock } from "../../people/people.ports.js";
import { buildCalendar, type IcsEvent } from "./icalendar.js";
import type { TrainingsRepository } from "./trainings.ports.js";
import { DAY_MS, type Enrolment, type Training, WINDOW_DAYS } from "./trainings.types.js";

/**
 * A training as a calendar event: the place (or the video link) as its location, the link in the
 * description too, and cancelled or wait-listed trainings marked so, so calendars update.
 */
export function trainingEvent(training: Training, options: { host: string; pageUrl: string; place?: Pick<Enrolment, "status"> | null }): IcsEvent {
  const where = training.place ?? training.videoUrl;
  const description = [training.description, training.videoUrl ? `Join: ${training.videoUrl}` : "", options.place?.status === "waiting" ? "You are on the wait list." : "", `Details: ${options.pageUrl}`]
    .filter(Boolean)
    .join("\n\n");
  return {
    uid: `training-${training.id}@${options.host}`,
    start: training.startsAt,
    end: training.endsAt,
    summary: training.status === "cancelled" ? `Cancelled: ${training.title}` : training.title,
    description,
    location: where,
    url: options.pageUrl,
    status: training.status === "cancelled" ? "CANCELLED" : options.place?.status === "waiting" ? "TENTATIVE" : "CONFIRMED",
    lastModified: training.updatedAt,
  };
}

type Urls = { host: string; pageUrl: (trainingId: number) => string };

/** One training as a calendar file. */
export function trainingCalendar(training: Training, urls: Urls): string {
  return buildCalendar({ name: training.title, events: [trainingEvent(training, { host: urls.host, pageUrl: urls.pageUrl(training.id) })] });
}

/**
 * A person's feed: trainings they facilitate or hold a place on, from 90 days back, cancelled ones
 * included (marked so) so subscribed calendars drop them.
 */
export async function personalCalendar(deps: { trainings: TrainingsRepository; clock: Clock }, person: { id: number; name: string }, urls: Urls): Promise<string> {
  const from = new Date(deps.clock.now().getTime() - WINDOW_DAYS * DAY_MS).toISOString();
  const trainings = await deps.trainings.list({ personId: person.id, from, includeCancelled: true, limit: 500 });
  const places = new Map((await deps.trainings.enrolmentsOf(person.id, trainings.map((t) => t.id))).map((e) => [e.trainingId, e]));
  const events = trainings.map((t) => trainingEvent(t, { host: urls.host, pageUrl: urls.pageUrl(t.id), place: t.facilitatorId === person.id ? null : (places.get(t.id) ?? null) }));
  return buildCalendar({ name: `Trainings: ${person.name}`, events });
}
