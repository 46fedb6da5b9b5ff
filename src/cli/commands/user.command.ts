import type { Command } from "commander";
import { createApiToken } from "../../core/auth/api-tokens.js";
import { createPerson, normaliseEmail } from "../../core/people/create-person.js";
import { PERSON_KINDS, type Person } from "../../core/people/people.types.js";
import { setPassword } from "../../core/people/set-password.js";
import { AppError } from "../../core/shared/errors.js";
import type { AppContext } from "../../platform/context.js";
import { campusLookup, parseRoles } from "../import/people-rows.js";
import { oneOf } from "../import/row-fields.js";
import { promptNewPassword, readPipedLine } from "../prompt-password.js";
import { withContext } from "../run.js";

interface AddOptions {
  email: string;
  name: string;
  role?: string[];
  kind?: string;
  campus?: string;
  password?: string;
}

/** `scaffold user add | set-password | token`: account chores without the web app, e.g. the first admin. */
export function userCommand(program: Command): void {
  const user = program.command("user").description("add people, set passwords and create API tokens");
  user
    .command("add")
    .description("add a person (prompts for a password on a terminal unless --password is given)")
    .requiredOption("--email <email>", "their email, used to sign in")
    .requiredOption("--name <name>", "their full name")
    .option("--role <role>", "helper, tech, leader or admin; repeat for several (everyone is a member)", collect)
    .option("--kind <kind>", `${PERSON_KINDS.join(", ")}`, "staff")
    .option("--campus <name>", "the campus they belong to, by name")
    .option("--password <password>", "at least 10 characters (visible in shell history: prefer the prompt)")
    .action((options: AddOptions) => withContext((ctx) => addUser(ctx, options), { migrate: true }));
  user
    .command("set-password")
    .description("set someone's password (prompts on a terminal; otherwise reads the first line of stdin)")
    .requiredOption("--email <email>", "whose password")
    .option("--password <password>", "the new password (visible in shell history: prefer the prompt or stdin)")
    .action((options: { email: string; password?: string }) =>
      withContext(async (ctx) => {
        const person = await personByEmail(ctx, options.email);
        const password = options.password ?? (process.stdin.isTTY ? await promptNewPassword() : await readPipedLine());
        await ctx.tx((repos) => setPassword({ people: repos.people, events: repos.events, clock: ctx.clock, hasher: ctx.hasher }, null, person.id, password));
        process.stdout.write(`password set for ${person.email}\n`);
      }, { migrate: true }),
    );
  user
    .command("token")
    .description("create a personal API token and print its secret (shown this once)")
    .requiredOption("--email <email>", "whose token")
    .option("--name <name>", "a label to tell tokens apart", "cli")
    .action((options: { email: string; name: string }) =>
      withContext(async (ctx) => {
        const person = await personByEmail(ctx, options.email);
        const deps = (repos: AppContext["repos"]) => ({ tokens: repos.tokens, people: repos.people, events: repos.events, secrets: ctx.secrets, clock: ctx.clock });
        const { secret } = await ctx.tx((repos) => createApiToken(deps(repos), null, person.id, options.name));
        process.stderr.write(`API token "${options.name}" for ${person.email}; it is shown only now, so store it safely:\n`);
        process.stdout.write(`${secret}\n`);
      }, { migrate: true }),
    );
}

async function addUser(ctx: AppContext, options: AddOptions): Promise<void> {
  const roles = parseRoles((options.role ?? []).flatMap((r) => r.split(/[;,|\s]+/)).filter(Boolean));
  const kind = oneOf("kind", options.kind, PERSON_KINDS, "staff");
  const campusId = options.campus ? campusLookup(await ctx.repos.campuses.list())(options.campus) : null;
  // Check before prompting, so nobody types a password twice for an email that is taken.
  if (await ctx.repos.people.findByEmail(normaliseEmail(options.email))) throw new AppError("EMAIL_TAKEN", `${options.email} already belongs to someone.`);
  const password = options.password ?? (process.stdin.isTTY ? await promptNewPassword() : undefined);
  const person = await ctx.tx((repos) =>
    createPerson({ people: repos.people, campuses: repos.campuses, events: repos.events, clock: ctx.clock, hasher: ctx.hasher }, null, {
      name: options.name,
      email: options.email,
      kind,
      campusId,
      roles,
      ...(password !== undefined && { password }),
    }),
  );
  process.stdout.write(`added ${person.name} <${person.email}> (id ${person.id}, ${person.kind}, roles ${person.roles.join(", ")})\n`);
  if (!person.hasPassword) {
    process.stdout.write(`no password given: set one with \`scaffold user set-password --email ${person.email}\` before they can sign in\n`);
  }
}

async function personByEmail(ctx: AppContext, email: string): Promise<Person> {
  const person = await ctx.repos.people.findByEmail(normaliseEmail(email));
  if (!person) throw new AppError("PERSON_NOT_FOUND", `No one has the email ${email}.`);
  return person;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}
