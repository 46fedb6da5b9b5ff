import { AppError } from "../shared/errors.js";
import { authorize, normaliseRoles } from "./permissions.js";
import type { CampusesRepository, Clock, EventLog, PasswordHasher, PeopleRepository } from "./people.ports.js";
import type { Actor, Locale, Person, PersonKind, Role } from "./people.types.js";
import { checkPasswordStrength } from "./password-rules.js";

export interface CreatePersonInput {
  name: string;
  email: string;
  kind: PersonKind;
  campusId?: number | null;
  roles?: Role[];
  locale?: Locale;
  password?: string;
}

/** Adds a person (admin only, or the system when actor is null, e.g. the CLI and the seed). */
export async function createPerson(
  deps: { people: PeopleRepository; campuses: CampusesRepository; events: EventLog; clock: Clock; hasher: PasswordHasher },
  actor: Actor | null,
  input: CreatePersonInput,
): Promise<Person> {
  if (actor) authorize(actor, "people.manage");
  const email = normaliseEmail(input.email);
  const name = input.name.trim();
  if (!name) throw new AppError("VALIDATION_FAILED", "A name is required.");
  if (input.campusId != null && !(await deps.campuses.findById(input.campusId))) {
    throw new AppError("CAMPUS_NOT_FOUND", `Campus ${input.campusId} was not found.`);
  }
  if (await deps.people.findByEmail(email)) throw new AppError("EMAIL_TAKEN", `${email} already belongs to someone.`);
  let passwordHash: string | null = null;
  if (input.password !== undefined) {
    checkPasswordStrength(input.password);
    passwordHash = await deps.hasher.hash(input.password);
  }
  const now = deps.clock.now().toISOString();
  const person = await deps.people.create(
    {
      name,
      email,
      kind: input.kind,
      campusId: input.campusId ?? null,
      locale: input.locale ?? "en",
      roles: normaliseRoles(input.roles ?? []),
      passwordHash,
    },
    now,
  );
  await deps.events.append({
    type: "person.created",
    actorId: actor?.id ?? null,
    subjectType: "person",
    subjectId: person.id,
    data: { roles: person.roles, kind: person.kind },
    at: now,
  });
  return person;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Emails are compared case-insensitively, so they are stored lower-cased and trimmed. */
export function normaliseEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254) throw new AppError("VALIDATION_FAILED", `"${raw}" is not an email address.`);
  return email;
}
