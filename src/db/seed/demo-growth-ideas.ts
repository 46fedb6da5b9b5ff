import type { IdeaStatus, IdeaSupport, IdeaUpdateKind } from "../../core/growth/ideas/ideas.types.js";
import { DAY_MS } from "../../core/growth/trainings/trainings.types.js";
import { topicParents } from "./demo-community-skills.js";
import type { DemoCommunity } from "./demo-community.js";
import type { DemoHistory } from "./demo-requests.js";
import type { Prng } from "./prng.js";

export interface PlannedMilestone {
  title: string;
  dueOn: string | null;
  doneAt: number | null;
}

export interface PlannedIdeaUpdate {
  author: number;
  kind: IdeaUpdateKind;
  body: string;
  at: number;
}

/** An event on an idea (or, for `request.became_idea`, on its request); data refers to people by index. */
export interface PlannedIdeaEvent {
  type: string;
  actor: number;
  subject: "idea" | "request";
  data: Record<string, unknown>;
  at: number;
}

/** One planned idea; people, topics and the request are indexes into the history; copiedFrom into the ideas. */
export interface PlannedIdea {
  index: number;
  owner: number;
  title: string;
  pitch: string;
  goals: string;
  timeline: string;
  support: IdeaSupport[];
  topics: number[];
  status: IdeaStatus;
  pausedFrom: IdeaStatus | null;
  request: number | null;
  copiedFrom: number | null;
  campus: number | null;
  mentors: { person: number; at: number }[];
  milestones: PlannedMilestone[];
  updates: PlannedIdeaUpdate[];
  events: PlannedIdeaEvent[];
  createdAt: number;
  updatedAt: number;
  shippedAt: number | null;
  version: number;
}

interface IdeaSketch {
  title: string;
  pitch: string;
  goals: string;
  timeline: string;
  support: IdeaSupport[];
  topics: string[];
  /** The path it took; the last entry is where it stands. */
  path: IdeaStatus[];
  /** When it was proposed, as a fraction of the year. */
  at: number;
  milestones: string[];
  checkIns: string[];
  comment: string;
}

const SKETCHES: IdeaSketch[] = [
  {
    title: "Grade 7 class podcast series",
    pitch: "Each Grade 7 class records a short episode a month about what they are learning, published for families.",
    goals: "Every student speaks on at least one episode; families listen in.",
    timeline: "One episode per class per month from next term.",
    support: ["mentoring", "training", "resources"],
    topics: ["Podcast recording"],
    path: ["proposed", "supported", "in_progress"],
    at: 0.45,
    milestones: ["Book the media lab on Thursdays", "Record the pilot episode", "Publish to the school site"],
    checkIns: ["Pilot episode recorded with 7B: the USB mics make a huge difference.", "Second class on board; editing takes longer than planned."],
    comment: "Keep episodes under ten minutes: students edit far faster that way.",
  },
  {
    title: "Student-run Chromebook repair bar",
    pitch: "Trained students fix the everyday Chromebook problems at a lunchtime bar in the library, and log what they can't fix.",
    goals: "Half of the Chromebook requests handled by students; faster turnaround for broken keys and chargers.",
    timeline: "A term to train the first team, then every lunch.",
    support: ["mentoring", "training", "approval"],
    topics: ["Chromebooks"],
    path: ["proposed", "supported", "in_progress", "shipped"],
    at: 0.1,
    milestones: ["Train the first six students", "Set up the bar in the library", "First month of lunchtime opening"],
    checkIns: ["Six students trained; the spare-parts box is ready.", "Open every lunch now: 40 devices seen in the first month."],
    comment: "Log every fix in a request so we see the trends.",
  },
  {
    title: "Digital portfolios in Year 4",
    pitch: "Year 4 students collect their best work in a Google Classroom portfolio they present to families at the end of the year.",
    goals: "Every Year 4 student has a portfolio with a piece from each subject.",
    timeline: "Set up in the first half term, presentations in June.",
    support: ["mentoring", "training"],
    topics: ["Google Classroom", "Assignments"],
    path: ["proposed", "supported"],
    at: 0.7,
    milestones: ["Agree the portfolio template with the Year 4 team", "Create the portfolio classes", "First pieces added"],
    checkIns: ["The Year 4 team likes the template; classes next."],
    comment: "A topic per subject keeps the stream tidy for nine-year-olds.",
  },
  {
    title: "Stop-motion science videos",
    pitch: "Students explain a science process (mitosis, the water cycle) as a one-minute stop-motion video.",
    goals: "A video per group per unit; a library of student explanations for revision.",
    timeline: "One unit as a pilot, then every unit.",
    support: ["mentoring", "resources"],
    topics: ["Video editing"],
    path: ["proposed", "supported", "in_progress", "shipped"],
    at: 0.2,
    milestones: ["Try the stop-motion app on the Chromebooks", "Pilot with one class", "Screen the videos at the science fair"],
    checkIns: ["The pilot class finished twelve videos in three lessons.", "Screened at the science fair: other departments want in."],
    comment: "Tripods from the media lab stop the wobble; book them early.",
  },
  {
    title: "Coding club with micro:bits",
    pitch: "A weekly lunchtime club where students program micro:bits from the Chromebooks.",
    goals: "Twenty regular members; a showcase at the end of term.",
    timeline: "Start after half term.",
    support: ["resources", "approval", "mentoring"],
    topics: ["Chromebooks"],
    path: ["proposed"],
    at: 0.85,
    milestones: ["Order a class set of micro:bits", "Check the editor works on the Chromebooks", "First club session"],
    checkIns: [],
    comment: "The MakeCode editor runs fine in the browser; no install needed.",
  },
  {
    title: "Cable-free lessons with screen casting",
    pitch: "Teachers cast their laptop to the classroom display instead of hunting for adapters.",
    goals: "Casting works in every classroom of the north campus.",
    timeline: "A room per week over a term.",
    support: ["approval", "training"],
    topics: ["Connecting a laptop"],
    path: ["proposed", "supported", "in_progress", "paused"],
    at: 0.35,
    milestones: ["Test casting in Room 12", "Roll out to the science corridor", "Roll out to the whole campus"],
    checkIns: ["Room 12 works well.", "Paused until the network upgrade in the science corridor is done."],
    comment: "The casting network needs its own firewall rule; waiting on the upgrade.",
  },
  {
    title: "Shared calendar for school trips",
    pitch: "One shared calendar for every trip, so cover, buses and rooms are booked without a chain of emails.",
    goals: "Every trip on the calendar a month ahead.",
    timeline: "Ready for the spring trips.",
    support: ["mentoring"],
    topics: ["Shared calendars"],
    path: ["proposed", "in_progress", "shipped"],
    at: 0.3,
    milestones: ["Create the trips calendar", "Share it with heads of department", "Move this term's trips onto it"],
    checkIns: ["All spring trips are on the calendar; the office loves it."],
    comment: "Give the office edit rights so they can add the buses.",
  },
  {
    title: "Password buddies for Year 5",
    pitch: "Year 6 students help Year 5 set up two-step verification and recovery options in a buddy lesson.",
    goals: "Every Year 5 student signs in on their own with two-step verification by the end of term.",
    timeline: "Two buddy lessons this term.",
    support: ["training", "mentoring"],
    topics: ["Two-step verification"],
    path: ["proposed", "supported", "in_progress"],
    at: 0.6,
    milestones: ["Train the Year 6 buddies", "First buddy lesson", "Second buddy lesson"],
    checkIns: ["Buddies trained; first lesson next week."],
    comment: "Print the backup codes sheet for each student.",
  },
];

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function planIdeas(history: DemoHistory, community: DemoCommunity, prng: Prng): PlannedIdea[] {
  const { people, topics, cast } = history;
  const span = history.to - history.from;
  const byName = (name: string) => topics.find((t) => t.name === name)!.index;
  const parents = topicParents(topics);
  const tech = cast.byEmail.get("tech@riverside.example")!;
  const teacherAccount = cast.byEmail.get("teacher@riverside.example")!;
  const teachers = people.flatMap((p, i) => (p.kind === "teacher" && !p.roles.includes("tech") && !p.roles.includes("admin") && i !== teacherAccount ? [i] : []));
  const ideas: PlannedIdea[] = [];

  const mentorsFor = (topicIdx: number[], owner: number): number[] => {
    const related = new Set(topicIdx.flatMap((t) => [t, parents[t]].filter((x): x is number => x !== null)));
    const rank = { mentor: 0, practitioner: 1, learning: 2 } as const;
    const skilled = community.skills
      .filter((s) => related.has(s.topic) && s.person !== owner && s.level !== "learning")
      .sort((a, b) => rank[a.level] - rank[b.level] || a.person - b.person);
    const persons = [...new Set(skilled.map((s) => s.person))];
    return persons.slice(0, Math.min(persons.length, 1 + prng.int(2)));
  };

  const build = (sketch: IdeaSketch, owner: number, createdAt: number, origin: { request: number | null; copiedFrom: number | null }, topicIdx = sketch.topics.map(byName)): PlannedIdea => {
    const events: PlannedIdeaEvent[] = [];
    const step = (span * 0.04) / sketch.path.length;
    let t = createdAt;
    events.push({ type: "idea.proposed", actor: owner, subject: "idea", at: t, data: { title: sketch.title, ...(origin.request !== null && { requestId: origin.request }), ...(origin.copiedFrom !== null && { copiedFromId: origin.copiedFrom }) } });
    const mentors = mentorsFor(topicIdx, owner).map((person, k) => ({ person, at: Math.min(history.to, createdAt + (k + 1) * 2 * DAY_MS) }));
    for (const m of mentors) events.push({ type: "idea.mentor_added", actor: m.person, subject: "idea", at: m.at, data: { personId: m.person, name: people[m.person]!.name, offered: true } });
    let shippedAt: number | null = null;
    for (let k = 1; k < sketch.path.length; k++) {
      t = Math.min(history.to, t + step + prng.int(5) * DAY_MS);
      const from = sketch.path[k - 1]!;
      const to = sketch.path[k]!;
      const actor = to === "supported" ? tech : owner;
      if (to === "shipped") {
        shippedAt = t;
        events.push({ type: "idea.shipped", actor, subject: "idea", at: t, data: { from, to, mentors: mentors.map((m) => ({ personId: m.person, name: people[m.person]!.name })) } });
      } else {
        events.push({ type: "idea.status_changed", actor, subject: "idea", at: t, data: { from, to } });
      }
    }
    const status = sketch.path[sketch.path.length - 1]!;
    const done = origin.copiedFrom !== null ? 0 : { proposed: 0, supported: 1, in_progress: 2, shipped: 3, paused: 1 }[status];
    const milestones = sketch.milestones.map((title, k) => {
      const due = createdAt + (k + 1) * 21 * DAY_MS;
      return { title, dueOn: origin.copiedFrom !== null ? null : day(due), doneAt: k < done ? Math.min(history.to, Math.max(createdAt + DAY_MS, due - 3 * DAY_MS)) : null };
    });
    const updates: PlannedIdeaUpdate[] = [];
    if (origin.copiedFrom === null) {
      sketch.checkIns.forEach((body, k) => updates.push({ author: owner, kind: "check_in", body, at: Math.min(history.to, createdAt + (k + 1) * 18 * DAY_MS) }));
      if (mentors.length > 0) updates.push({ author: mentors[0]!.person, kind: "comment", body: sketch.comment, at: Math.min(history.to, createdAt + 5 * DAY_MS) });
    }
    updates.sort((a, b) => a.at - b.at);
    for (const u of updates) events.push({ type: u.kind === "check_in" ? "idea.check_in" : "idea.commented", actor: u.author, subject: "idea", at: u.at, data: {} });
    events.sort((a, b) => a.at - b.at);
    const last = Math.max(t, ...events.map((e) => e.at));
    return {
      index: ideas.length, owner, title: sketch.title, pitch: sketch.pitch, goals: sketch.goals, timeline: sketch.timeline, support: sketch.support, topics: topicIdx,
      status, pausedFrom: status === "paused" ? sketch.path[sketch.path.length - 2]! : null, request: origin.request, copiedFrom: origin.copiedFrom,
      campus: people[owner]!.campus, mentors, milestones, updates, events, createdAt, updatedAt: last, shippedAt, version: sketch.path.length,
    };
  };

  const owners = prng.shuffle(teachers);
  SKETCHES.forEach((sketch, k) => {
    // teacher@ owns the podcast series, so the demo account shows an idea in progress.
    const owner = k === 0 ? teacherAccount : owners[k % owners.length]!;
    ideas.push(build(sketch, owner, history.from + Math.round(sketch.at * span), { request: null, copiedFrom: null }));
  });

  // One grown from an `idea` request of the history: its asker turns it into a proposal a few days later.
  const asked = history.requests.filter((r) => r.mode === "idea" && people[r.requester]!.kind === "teacher" && r.createdAt < history.to - 30 * DAY_MS && !people[r.requester]!.roles.includes("tech")).at(-1);
  if (asked) {
    const at = asked.createdAt + 3 * DAY_MS;
    const idea = build(
      { title: asked.title, pitch: asked.description.trim() || asked.title, goals: "", timeline: "", support: ["mentoring"], topics: [], path: ["proposed", "supported"], at: 0, milestones: ["Try it with one class", "Share what worked"], checkIns: [], comment: "Happy to help you try this with one class first." },
      asked.requester, at, { request: asked.index, copiedFrom: null }, [asked.topic],
    );
    idea.events.push({ type: "request.became_idea", actor: asked.requester, subject: "request", at, data: { ideaId: idea.index } });
    ideas.push(idea);
  }

  // One copied from a shipped idea (the gallery's "start from this") by another teacher.
  const source = ideas.find((i) => i.title === "Stop-motion science videos")!;
  const copier = owners.find((o) => o !== source.owner && !ideas.some((i) => i.owner === o)) ?? owners[0]!;
  const copyAt = Math.min(history.to, source.shippedAt! + 20 * DAY_MS);
  const sketch = SKETCHES.find((s) => s.title === source.title)!;
  const copy = build({ ...sketch, path: ["proposed"] }, copier, copyAt, { request: null, copiedFrom: source.index }, source.topics);
  source.events.push({ type: "idea.copied", actor: copier, subject: "idea", at: copyAt, data: { copyId: copy.index } });
  ideas.push(copy);
  return ideas;
}
