/**
 * One appeal's page and the forms on it: the author's rating, the officials' steps. Each form
 * lives on the appeal's page (`get: false`): a wrong field or a state that changed meanwhile
 * re-renders the page with the form's values and the message (a stale version: 409).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { FORM_ERROR, ok, routesFor, type FormState } from '../../../platform/kit/index.ts';
import { answerAppeal } from '../commands/answerAppeal.ts';
import { assignAppeal } from '../commands/assignAppeal.ts';
import { extendAppeal } from '../commands/extendAppeal.ts';
import { publicDraft, publishAppeal } from '../commands/publishAppeal.ts';
import { rateAppeal } from '../commands/rateAppeal.ts';
import { redirectAppeal } from '../commands/redirectAppeal.ts';
import { startAppeal } from '../commands/startAppeal.ts';
import {
  APPEAL_LIFECYCLE,
  canExtendOn,
  canRedirectOn,
  maxExtensionDays,
  NUMBER_RE,
  redirectDeadline,
  todayIn,
} from '../domain.ts';
import { canPublishAppeal, canRateAppeal, canViewAppeal, canWorkAppeal } from '../policy.ts';
import { appealFileView, appealView, bodyGroups, bodyName, deadline, historyItem } from '../presenters.ts';
import { fail } from '../reasons.ts';
import {
  filesOf,
  findAppealByNumber,
  findBodyByCode,
  findBodyById,
  historyOf,
  listStateBodies,
} from '../repository/index.ts';
import { answerSchema, assignSchema, extendSchema, publishSchema, rateSchema, redirectSchema } from '../schemas.ts';
import { AppealPage, type AppealForm } from '../views/AppealPage.tsx';
import { findAppeal, officialsOf, type AppealRow } from '../people.ts';

const { page, form, action } = routesFor('appeals');
export const byNumber = z.object({ number: z.string().regex(NUMBER_RE) });
const appealHref = (a: AppealRow) => `/appeals/${a.number}`;

/** The appeal if the reader may see it in full; anything else is not found (its existence is private). */
export async function appealFor(req: FastifyRequest, { number }: { number: string }) {
  const a = await findAppeal(req.server.db, number);
  return a && canViewAppeal(req.actor, a).ok ? ok(a) : { ...fail('not_found'), params: { number } };
}

/** The appeal's page with what the reader may do; with `verb`, that form's values and messages. */
async function appealPage(req: FastifyRequest, a: AppealRow, verb?: AppealForm, state?: FormState) {
  const db = req.server.db;
  const today = todayIn(new Date());
  const work = canWorkAppeal(req.actor, a).ok;
  const open = APPEAL_LIFECYCLE.can(a.status, 'answer');
  const redirect = work && canRedirectOn(a, today).ok;
  const extend = work && canExtendOn(a, 1, today).ok;
  const publish = canPublishAppeal(req.actor, a).ok;
  const [files, history, original, bodies, colleagues] = await Promise.all([
    filesOf(db, a.id),
    historyOf(db, a.number),
    a.original_body_id !== a.state_body_id ? findBodyById(db, a.original_body_id) : Promise.resolve(undefined),
    redirect ? listStateBodies(db) : Promise.resolve([]),
    work && open ? officialsOf(db, a.state_body_id) : Promise.resolve([]),
  ]);
  // A state that changed meanwhile: the form is shown on the current version, what was typed kept.
  const changed = state ? FORM_ERROR in state.errors : false;
  const values = state && changed ? { ...state.values, version: String(a.version) } : state?.values;
  return (
    <AppealPage
      a={appealView(a)}
      originalBody={original ? bodyName(original, req.locale) : null}
      files={files.map(appealFileView)}
      history={history.map(historyItem)}
      deadline={deadline(a, today)}
      can={{
        work,
        start: work && APPEAL_LIFECYCLE.can(a.status, 'start'),
        assign: work && open,
        redirect,
        redirectUntil: redirectDeadline(a.registered_on),
        extend,
        maxExtension: maxExtensionDays(a.term_start_on),
        answer: work && open,
        rate: canRateAppeal(req.actor, a).ok,
        publish,
        isAuthor: req.actor?.id === a.citizen_id,
      }}
      bodies={
        redirect
          ? bodyGroups(
              bodies.filter((b) => b.id !== a.state_body_id),
              req.locale,
              req.t,
            )
          : []
      }
      colleagues={colleagues}
      draft={publish ? publicDraft(a, a.citizen_name) : null}
      form={verb}
      values={values}
      errors={state?.errors}
    />
  );
}

/** A form on the appeal's page. */
const onAppeal = { policy: SIGNED_IN, params: byNumber, load: appealFor, get: false, back: appealHref } as const;
const view = (verb: AppealForm) => (a: AppealRow, state: FormState, req: FastifyRequest) =>
  appealPage(req, a, verb, state);
const done = (verb: AppealForm) => (_req: FastifyRequest, a: AppealRow) => ({
  to: appealHref(a),
  flash: `appeals.flash.${verb}`,
});

export async function appealRoutes(app: FastifyInstance) {
  // A published appeal that the reader may not see in full: its public version instead.
  app.addHook('preHandler', async (req, reply) => {
    if (req.method !== 'GET') return;
    const p = byNumber.safeParse(req.params);
    if (!p.success) return;
    const a = await findAppealByNumber(req.server.db, p.data.number);
    if (a?.published_at && !canViewAppeal(req.actor, a).ok)
      return reply.redirect(`/${req.locale}/appeals/published/${a.number}`, 303);
  });

  page(app, {
    path: '/appeals/:number',
    policy: SIGNED_IN,
    params: byNumber,
    load: appealFor,
    render: (a, req) => appealPage(req, a),
  });

  form(app, {
    ...onAppeal,
    back: (p) => `/appeals/${p.number}`,
    path: '/appeals/:number/rate',
    schema: rateSchema,
    view: view('rate'),
    submit: (req, a, d) => rateAppeal(depsFrom(req), { id: a.id, rating: d.rating, comment: d.comment }),
    done: (_req, a) => ({ to: appealHref(a), flash: 'appeals.flash.rated' }),
  });

  action(app, {
    policy: SIGNED_IN,
    params: byNumber,
    load: appealFor,
    back: (p) => `/appeals/${p.number}`,
    path: '/appeals/:number/start',
    submit: (req, a) => startAppeal(depsFrom(req), { id: a.id }),
    done: done('start'),
  });

  form(app, {
    ...onAppeal,
    back: (p) => `/appeals/${p.number}`,
    path: '/appeals/:number/assign',
    schema: assignSchema,
    view: view('assign'),
    submit: (req, a, d) =>
      assignAppeal(depsFrom(req), { id: a.id, assigneeId: d.assignee || null, version: d.version }),
    done: done('assign'),
  });

  form(app, {
    ...onAppeal,
    back: (p) => `/appeals/${p.number}`,
    path: '/appeals/:number/extend',
    schema: extendSchema,
    view: view('extend'),
    submit: (req, a, d) => extendAppeal(depsFrom(req), { id: a.id, days: d.days, reason: d.extendReason }),
    done: done('extend'),
  });

  form(app, {
    ...onAppeal,
    back: (p) => `/appeals/${p.number}`,
    path: '/appeals/:number/answer',
    schema: answerSchema,
    view: view('answer'),
    submit: (req, a, d) => answerAppeal(depsFrom(req), { id: a.id, answer: d.answer, version: d.version }),
    done: done('answer'),
  });

  form(app, {
    ...onAppeal,
    back: (p) => `/appeals/${p.number}`,
    path: '/appeals/:number/publish',
    schema: publishSchema,
    view: view('publish'),
    submit: (req, a, d) => publishAppeal(depsFrom(req), { id: a.id, ...d }),
    done: done('publish'),
  });

  form(app, {
    ...onAppeal,
    back: (p) => `/appeals/${p.number}`,
    path: '/appeals/:number/redirect',
    schema: redirectSchema,
    view: view('redirect'),
    submit: async (req, a, d) => {
      const to = await findBodyByCode(req.server.db, d.toBody);
      if (!to) return fail('unknown_body', 'toBody');
      return redirectAppeal(depsFrom(req), { id: a.id, toBodyId: to.id, reason: d.redirectReason });
    },
    // A redirected appeal belongs to another body now: back to the queue.
    done: (_req, a) => ({ to: `/appeals/queue?body=${a.body_code}`, flash: 'appeals.flash.redirect' }),
  });
}
