import type { TopicNature } from "../../core/people/people.types.js";

/** A topic of the demo school's tree; nature says whether a member could learn to do it. */
export interface DemoTopic {
  name: string;
  nature: TopicNature;
  description: string;
  children?: DemoTopic[];
}

/** What a school's technology help is about: mostly learnable, with the specialist work set apart. */
export const DEMO_TOPICS: readonly DemoTopic[] = [
  {
    name: "Google Classroom",
    nature: "learnable",
    description: "Classes, posts and coursework in Google Classroom.",
    children: [
      { name: "Assignments", nature: "learnable", description: "Creating, scheduling and reusing assignments and quizzes." },
      { name: "Grading", nature: "learnable", description: "Rubrics, returning work and exporting grades." },
      { name: "Class setup & rosters", nature: "learnable", description: "Creating classes, inviting students and co-teachers." },
    ],
  },
  {
    name: "Projectors & displays",
    nature: "learnable",
    description: "Classroom projectors, screens and interactive panels.",
    children: [
      { name: "Connecting a laptop", nature: "learnable", description: "HDMI, adapters, screen mirroring and display settings." },
      { name: "Interactive whiteboards", nature: "learnable", description: "Pens, touch calibration and whiteboard software." },
      { name: "Lamp replacement", nature: "specialist", description: "Replacing projector lamps and filters (ladder and spare parts needed)." },
    ],
  },
  {
    name: "Accounts & passwords",
    nature: "learnable",
    description: "School accounts, sign-in problems and security.",
    children: [
      { name: "Two-step verification", nature: "learnable", description: "Setting up and recovering two-step verification." },
      { name: "Account unlocks", nature: "specialist", description: "Locked or suspended accounts that need an administrator." },
    ],
  },
  {
    name: "Network & Wi-Fi",
    nature: "learnable",
    description: "Getting online on campus.",
    children: [
      { name: "Joining the Wi-Fi", nature: "learnable", description: "Connecting laptops, phones and guests to the school networks." },
      { name: "Firewall rules", nature: "specialist", description: "Unblocking sites and services; changes to network filtering." },
    ],
  },
  {
    name: "Chromebooks",
    nature: "learnable",
    description: "Everyday use of the student and class Chromebooks.",
    children: [{ name: "Student devices repair", nature: "specialist", description: "Broken screens, keyboards and batteries; warranty claims." }],
  },
  {
    name: "Printing",
    nature: "learnable",
    description: "Printing, copying and scanning.",
    children: [{ name: "Printer maintenance", nature: "specialist", description: "Jams that need the casing opened, toner and drum replacement." }],
  },
  {
    name: "Email & calendar",
    nature: "learnable",
    description: "Mail, shared calendars and booking rooms.",
    children: [{ name: "Shared calendars", nature: "learnable", description: "Department calendars, room booking and sharing settings." }],
  },
  {
    name: "Video & podcasting",
    nature: "learnable",
    description: "Recording, editing and publishing audio and video with classes.",
    children: [
      { name: "Podcast recording", nature: "learnable", description: "Microphones, recording software and publishing episodes." },
      { name: "Video editing", nature: "learnable", description: "Editing student videos and exporting them for sharing." },
    ],
  },
  { name: "Software installs", nature: "specialist", description: "Installing or licensing software on school-managed devices." },
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
