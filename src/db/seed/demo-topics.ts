import type { TopicNature } from "../../core/people/people.types.js";

/** A topic of the demo school's tree; nature says whether a member could learn to do it. */
export interface DemoTopic {
  name: string;
  nature: TopicNature;
  description: string;
  children?: DemoTopic[];
}

const topic = (nature: TopicNature) => (name: string, description: string, children?: DemoTopic[]): DemoTopic =>
  (children ? { name, nature, description, children } : { name, nature, description });
const learnable = topic("learnable");
const specialist = topic("specialist");

/** What a school's technology help is about: mostly learnable, with the specialist work set apart. */
export const DEMO_TOPICS: readonly DemoTopic[] = [
  learnable("Google Classroom", "Classes, posts and coursework in Google Classroom.", [
    learnable("Assignments", "Creating, scheduling and reusing assignments and quizzes."),
    learnable("Grading", "Rubrics, returning work and exporting grades."),
    learnable("Class setup & rosters", "Creating classes, inviting students and co-teachers."),
  ]),
  learnable("Projectors & displays", "Classroom projectors, screens and interactive panels.", [
    learnable("Connecting a laptop", "HDMI, adapters, screen mirroring and display settings."),
    learnable("Interactive whiteboards", "Pens, touch calibration and whiteboard software."),
    specialist("Lamp replacement", "Replacing projector lamps and filters (ladder and spare parts needed)."),
  ]),
  learnable("Accounts & passwords", "School accounts, sign-in problems and security.", [
    learnable("Two-step verification", "Setting up and recovering two-step verification."),
    specialist("Account unlocks", "Locked or suspended accounts that need an administrator."),
  ]),
  learnable("Network & Wi-Fi", "Getting online on campus.", [
    learnable("Joining the Wi-Fi", "Connecting laptops, phones and guests to the school networks."),
    specialist("Firewall rules", "Unblocking sites and services; changes to network filtering."),
  ]),
  learnable("Chromebooks", "Everyday use of the student and class Chromebooks.", [specialist("Student devices repair", "Broken screens, keyboards and batteries; warranty claims.")]),
  learnable("Printing", "Printing, copying and scanning.", [specialist("Printer maintenance", "Jams that need the casing opened, toner and drum replacement.")]),
  learnable("Email & calendar", "Mail, shared calendars and booking rooms.", [learnable("Shared calendars", "Department calendars, room booking and sharing settings.")]),
  learnable("Video & podcasting", "Recording, editing and publishing audio and video with classes.", [
    learnable("Podcast recording", "Microphones, recording software and publishing episodes."),
    learnable("Video editing", "Editing student videos and exporting them for sharing."),
  ]),
  specialist("Software installs", "Installing or licensing software on school-managed devices."),
];

/** A topic of the tree with its place: `index` in depth-first order (the order the seed creates them). */
export interface FlatTopic {
  index: number;
  name: string;
  nature: TopicNature;
  /** The top-level topic it belongs to (itself for a top-level one). */
  group: string;
}

export function flattenTopics(topics: readonly DemoTopic[] = DEMO_TOPICS): FlatTopic[] {
  const flat: FlatTopic[] = [];
  const walk = (list: readonly DemoTopic[], group: string | null) => {
    for (const t of list) {
      flat.push({ index: flat.length, name: t.name, nature: t.nature, group: group ?? t.name });
      if (t.children) walk(t.children, group ?? t.name);
    }
  };
  walk(topics, null);
  return flat;
}
