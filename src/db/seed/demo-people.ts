import type { PersonKind, Role } from "../../core/people/people.types.js";
import { Prng } from "./prng.js";

/** The demo school's email domain (reserved by RFC 2606, so no mail can leave for a real school). */
export const DEMO_DOMAIN = "riverside.example";

/** A person of the demo school; campus is an index into the demo campuses. */
export interface DemoPerson {
  name: string;
  email: string;
  kind: PersonKind;
  campus: number;
  roles: Role[];
  /** Demo accounts sign in with the demo password; everyone else has none. */
  demoAccount: boolean;
}

/** The sign-in accounts listed in DESIGN.md, one per way of using Scaffold. */
export const DEMO_ACCOUNTS: readonly DemoPerson[] = [
  account("admin", "Amara Okafor", "staff", ["admin"]),
  account("tech", "Tomás Ferreira", "staff", ["tech", "helper"]),
  account("leader", "Helen Whitaker", "staff", ["leader"]),
  account("teacher", "Priya Raman", "teacher", []),
  account("helper", "Daniel Mensah", "teacher", ["helper"]),
  account("student", "Sofia Almeida", "student", []),
  account("studenttech", "Kenji Watanabe", "student", ["helper"]),
];

const FIRST_NAMES = [
  "Aisha", "Mateus", "Chloé", "Oluwaseun", "Mei", "Rafael", "Ingrid", "Arjun", "Fatima", "Lucas",
  "Yara", "Hiroshi", "Beatriz", "Emeka", "Sara", "Dmytro", "Leila", "Gabriel", "Ana", "Kwame",
  "Zoë", "Mohammed", "Inês", "Santiago", "Hana", "Tariq", "Maja", "Diego", "Nadia", "Samuel",
  "Ji-woo", "Amelia", "Rui", "Esther", "Omar", "Lucía", "Thabo", "Freya", "Vikram", "Noor",
  "Marta", "Jonas", "Adaeze", "Pedro", "Elif", "Liam", "Catarina", "Wei", "Olga", "Ibrahim",
  "Clara", "Jamal", "Mariana", "Finn", "Ayesha", "Tiago", "Nomvula", "Emil", "Rosa", "Kofi",
];

const LAST_NAMES = [
  "Silva", "Nakamura", "Adeyemi", "Costa", "Chen", "Müller", "Santos", "Patel", "Haddad", "Kowalski",
  "Oliveira", "Nguyen", "Okonkwo", "Pereira", "Kim", "Andersen", "Rodrigues", "Shah", "Dubois", "Mensah",
  "Martins", "Ivanova", "García", "Yilmaz", "Sousa", "Van der Berg", "Khan", "Ferreira", "O'Brien", "Lopes",
  "Abebe", "Rossi", "Carvalho", "Tanaka", "Boateng", "Ahmed", "Gonçalves", "Lindqvist", "Mendes", "Das",
  "Novak", "Ribeiro", "Moreau", "Hassan", "Alves", "Kaur", "Pinto", "Schmidt", "Nunes", "Osei",
];

/** How the generated members split by kind; with the demo accounts the school has 150 people. */
const POPULATION: readonly { kind: PersonKind; count: number; roles: (index: number) => Role[] }[] = [
  // Ten teachers help colleagues; two lead a campus each.
  { kind: "teacher", count: 44, roles: (i) => [...(i < 10 ? ["helper" as const] : []), ...(i >= 42 ? ["leader" as const] : [])] },
  // The technology team, a second admin, the principal, and a librarian who helps.
  { kind: "staff", count: 14, roles: (i) => (i < 3 ? ["tech", "helper"] : i === 3 ? ["admin"] : i === 4 ? ["leader"] : i === 5 ? ["helper"] : []) },
  // Five students on the student tech team.
  { kind: "student", count: 80, roles: (i) => (i < 5 ? ["helper"] : []) },
  // Parent volunteers and contractors; one is a hobbyist who helps with video.
  { kind: "other", count: 5, roles: (i) => (i === 0 ? ["helper"] : []) },
];

/** The whole demo population, always the same for the same seed. */
export function demoPeople(seed = 20260901): DemoPerson[] {
  const prng = new Prng(seed);
  const taken = new Set(DEMO_ACCOUNTS.map((a) => a.email));
  const people: DemoPerson[] = [...DEMO_ACCOUNTS];
  for (const group of POPULATION) {
    for (let i = 0; i < group.count; i++) {
      let name: string;
      let email: string;
      do {
        name = `${prng.pick(FIRST_NAMES)} ${prng.pick(LAST_NAMES)}`;
        email = emailFor(name);
      } while (taken.has(email));
      taken.add(email);
      people.push({ name, email, kind: group.kind, campus: prng.next() < 0.55 ? 0 : 1, roles: group.roles(i), demoAccount: false });
    }
  }
  return people;
}

/** `firstname.lastname@riverside.example`, in plain ASCII: "Zoë Van der Berg" → zoe.vanderberg@… */
export function emailFor(name: string): string {
  const [first = "", ...rest] = name.split(" ");
  const ascii = (s: string) => s.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase();
  return `${ascii(first)}.${ascii(rest.join(""))}@${DEMO_DOMAIN}`;
}

function account(local: string, name: string, kind: PersonKind, roles: Role[]): DemoPerson {
  return { name, email: `${local}@${DEMO_DOMAIN}`, kind, campus: 0, roles, demoAccount: true };
}
