import type { Mode } from "../../core/requests/requests.types.js";
import { type ModeTexts, SLOTS, STUDENT_TEXTS, TOPIC_TEXTS, TRIED } from "./demo-request-texts.js";
import type { Prng } from "./prng.js";

const GREETINGS = ["", "", "", "Hi! ", "Hello! ", "Hi team! ", "Morning! "];
const CLOSINGS: Record<Mode, readonly string[]> = {
  guide: ["", "", " Thanks!", " Thank you!", " I'd really like to get the hang of it."],
  idea: ["", "", " Thanks!", " Happy to do the work, I just need a hand getting started."],
  do: ["", "", " Thanks.", " Thanks in advance.", " It's a bit urgent."],
};

/** Fills each `{slot}` of a template with a pick from SLOTS. */
export function fill(prng: Prng, template: string): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const options = SLOTS[name];
    return options ? prng.pick(options) : whole;
  });
}

function textsFor(topic: string, mode: Mode, student: boolean): ModeTexts | undefined {
  return (student ? STUDENT_TEXTS[topic]?.[mode] : undefined) ?? TOPIC_TEXTS[topic]?.[mode];
}

/** The modes a request on this topic can be written in (students only on the topics they ask about). */
export function modesFor(topic: string, student: boolean): Mode[] {
  const own = student ? STUDENT_TEXTS[topic] : undefined;
  const source = own ?? TOPIC_TEXTS[topic];
  if (!source) throw new Error(`no request texts for topic ${topic}`);
  return (["guide", "idea", "do"] as const).filter((m) => source[m] !== undefined);
}

/** A request's words in the given mode: a title, a description and sometimes what was tried. */
export function composeRequest(prng: Prng, topic: string, mode: Mode, student: boolean): { title: string; description: string; tried: string } {
  const texts = textsFor(topic, mode, student);
  if (!texts) throw new Error(`no ${mode} texts for topic ${topic}`);
  const title = fill(prng, prng.pick(texts.titles));
  const description = `${student ? "" : prng.pick(GREETINGS)}${fill(prng, prng.pick(texts.descriptions))}${prng.pick(CLOSINGS[mode])}`;
  const tried = mode === "do" && prng.next() < 0.35 ? prng.pick(TRIED) : "";
  return { title: capitalise(title), description: capitalise(description), tried };
}

/** A short reply from a list, with its slots filled. */
export function reply(prng: Prng, options: readonly string[]): string {
  return fill(prng, prng.pick(options));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
