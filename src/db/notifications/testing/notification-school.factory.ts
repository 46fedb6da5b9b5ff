import { acceptAnswer } from "../../../core/community/questions/accept-answer.js";
import { moveIdea } from "../../../core/growth/ideas/edit-idea.js";
import { addMentor, removeMentor } from "../../../core/growth/ideas/idea-mentors.js";
import { postIdeaUpdate } from "../../../core/growth/ideas/idea-updates.js";
import { proposeIdea } from "../../../core/growth/ideas/propose-idea.js";
import type { IdeaStatus } from "../../../core/growth/ideas/ideas.types.js";
import { createPerson } from "../../../core/people/create-person.js";
import type { Actor, Person, Role } from "../../../core/people/people.types.js";
import { addMessage } from "../../../core/requests/add-message.js";
import { assignRequest } from "../../../core/requests/assign-request.js";
import { createRequest, type CreateRequestInput } from "../../../core/requests/create-request.js";
import { resolveRequest } from "../../../core/requests/resolve-request.js";
import { updateRequest } from "../../../core/requests/update-request.js";
import type { HelpRequest } from "../../../core/requests/requests.types.js";
import type { AppContext } from "../../../platform/context.js";

const suggestion = { mode: "guide" as const, confidence: 0.5, reasons: [] };
let counter = 0;

/** A small school for notification tests: a requester, a helper, two tech people and a topic, acting through the real use cases. */
export async function buildSchool(ctx: AppContext) {
  const person = (name: string, roles: Role[], kind: Person["kind"] = "teacher") =>
    ctx.tx((repos) =>
      createPerson({ people: repos.people, campuses: repos.campuses, events: repos.events, clock: ctx.clock, hasher: ctx.hasher }, null, {
        name,
        email: `${name.toLowerCase().replace(/\W+/g, ".")}.${++counter}@school.example`,
        kind,
        roles,
        campusId: null,
        password: "correct horse battery",
      }),
    );
  const requester = await person("Rita Requester", ["member"]);
  const helper = await person("Hal Helper", ["member", "helper"]);
  const tech = await person("Tess Tech", ["member", "tech"], "staff");
  const tech2 = await person("Theo Tech", ["member", "tech"], "staff");
  const topic = await ctx.tx((repos) => repos.topics.create({ name: `Projectors ${++counter}`, parentId: null, nature: "learnable", description: "" }));
  const actor = (p: Person): Actor => ({ id: p.id, roles: p.roles, kind: p.kind, campusId: p.campusId });

  return {
    requester, helper, tech, tech2, topic,
    /** Another person of the school, e.g. students for visibility cases. */
    person,
    ask: (input: Partial<CreateRequestInput> = {}, who: Person = requester): Promise<HelpRequest> =>
      ctx.tx((repos) => createRequest({ ...repos, clock: ctx.clock }, actor(who), { title: "Projector shows nothing", description: "Blank screen", topicId: topic.id, mode: "guide", ...input }, suggestion)),
    assign: (id: number, assigneeId: number, by: Person = tech) => ctx.tx((repos) => assignRequest({ ...repos, clock: ctx.clock }, actor(by), id, { assigneeId })),
    message: (id: number, by: Person, body: string, extra: { internal?: boolean; mentions?: number[] } = {}) =>
      ctx.tx((repos) => addMessage({ ...repos, clock: ctx.clock }, actor(by), id, { body, ...extra })),
    setStatus: async (id: number, status: HelpRequest["status"], by: Person = helper) =>
      ctx.tx(async (repos) => updateRequest({ ...repos, clock: ctx.clock }, actor(by), id, { version: (await repos.requests.findById(id))!.version, status })),
    resolve: (id: number, by: Person = helper) => ctx.tx((repos) => resolveRequest({ ...repos, clock: ctx.clock }, actor(by), id, { kind: "guided" })),
    accept: (id: number, messageId: number, by: Person = requester) => ctx.tx((repos) => acceptAnswer({ ...repos, clock: ctx.clock }, actor(by), id, { messageId })),
    propose: (title: string, by: Person = requester) => ctx.tx((repos) => proposeIdea({ ...repos, clock: ctx.clock }, actor(by), { title, pitch: "Why it matters." })),
    addMentor: (ideaId: number, personId: number, by: Person) => ctx.tx((repos) => addMentor({ ...repos, clock: ctx.clock }, actor(by), ideaId, personId)),
    removeMentor: (ideaId: number, personId: number, by: Person) => ctx.tx((repos) => removeMentor({ ...repos, clock: ctx.clock }, actor(by), ideaId, personId)),
    writeOnIdea: (ideaId: number, by: Person, body: string) => ctx.tx((repos) => postIdeaUpdate({ ...repos, clock: ctx.clock }, actor(by), ideaId, { kind: "comment", body })),
    moveIdea: (ideaId: number, to: IdeaStatus, by: Person = tech) => ctx.tx((repos) => moveIdea({ ...repos, clock: ctx.clock }, actor(by), ideaId, to)),
  };
}

export type School = Awaited<ReturnType<typeof buildSchool>>;
