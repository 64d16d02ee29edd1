/** The officials' side: the queue of a body and the actions on one appeal. Every action is a command (audited). */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom, type Result } from '../../../platform/commands.ts';
import { setFlash } from '../../../platform/http/context.ts';
import { fieldErrors } from '../../../platform/http/validation.ts';
import { localHref } from '../../../platform/views/context.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import { answerAppeal } from '../commands/answerAppeal.ts';
import { assignAppeal } from '../commands/assignAppeal.ts';
import { extendAppeal } from '../commands/extendAppeal.ts';
import { publishAppeal } from '../commands/publishAppeal.ts';
import { redirectAppeal } from '../commands/redirectAppeal.ts';
import { startAppeal } from '../commands/startAppeal.ts';
import { todayIn } from '../domain.ts';
import { bodyName } from '../presenters.ts';
import { findAppealByNumber, findBodyByCode, queue, type AppealRow } from '../repository.ts';
import { answerSchema, assignSchema, extendSchema, publishSchema, queueQuery, redirectSchema } from '../schemas.ts';
import type { AppealForm } from '../views/AppealPage.tsx';
import { QueuePage } from '../views/QueuePage.tsx';
import { denyPage, formValues, hide, LANG, loadAppeal, renderAppeal } from './shared.tsx';

export const QUEUE_PAGE_SIZE = 25;

export async function appealsOfficial(app: FastifyInstance) {
  const db = app.db;

  app.get(`${LANG}/appeals/queue`, { config: { policy: SIGNED_IN }, schema: hide }, async (req, reply) => {
    const actor = req.actor!;
    if (actor.stateBodies.length === 0) return denyPage(req, reply, 'not_official');
    const q = queueQuery.parse(req.query ?? {});
    const bodies = (
      await db
        .selectFrom('state_bodies')
        .select(['id', 'code', 'name_kk', 'name_ru', 'name_en'])
        .where('id', 'in', actor.stateBodies)
        .orderBy('code')
        .execute()
    ).map((b) => ({ id: b.id, code: b.code, name: bodyName(b, req.locale) }));
    if (bodies.length === 0) return denyPage(req, reply, 'not_official');
    const body = bodies.find((b) => b.code === q.body) ?? bodies[0];
    const today = todayIn(new Date());
    const base = { bodyId: body.id, today, sort: q.sort ?? 'due', page: 1, pageSize: 1 } as const;
    const [r, open, overdue] = await Promise.all([
      queue(db, {
        ...base,
        status: q.status,
        kind: q.kind,
        overdue: q.overdue === 'yes',
        assignedTo: q.mine === 'yes' ? actor.id : undefined,
        page: q.page,
        pageSize: QUEUE_PAGE_SIZE,
      }),
      queue(db, { ...base, status: 'open' }),
      queue(db, { ...base, overdue: true }),
    ]);
    const filters = { status: q.status, kind: q.kind, overdue: q.overdue, mine: q.mine, sort: q.sort };
    return renderPage(
      req,
      reply,
      <QueuePage
        bodies={bodies}
        body={body}
        filters={filters}
        rows={r.rows}
        total={r.total}
        page={q.page}
        pageSize={QUEUE_PAGE_SIZE}
        today={today}
        counts={{ open: open.total, overdue: overdue.total }}
      />,
    );
  });

  /**
   * One action route: load, parse the form, run the command; a form error re-renders the appeal
   * with the message next to the field (400), a refusal explains itself, success redirects (PRG).
   */
  function action<S extends z.ZodType>(
    verb: AppealForm,
    schema: S | null,
    run: (
      req: FastifyRequest,
      a: AppealRow,
      data: z.infer<S>,
    ) => Promise<Result<unknown> | { errors: Record<string, string> }>,
  ) {
    app.post(
      `${LANG}/appeals/:number/${verb}`,
      { config: { policy: SIGNED_IN }, schema: hide },
      async (req: FastifyRequest, reply: FastifyReply) => {
        const a = await loadAppeal(req, reply);
        if (!a) return reply;
        let data: z.infer<S> = undefined as z.infer<S>;
        if (schema) {
          const parsed = schema.safeParse(req.body ?? {});
          if (!parsed.success)
            return renderAppeal(req, reply, a, {
              form: verb,
              values: formValues(req.body),
              errors: fieldErrors(req.t, parsed.error),
            });
          data = parsed.data;
        }
        const r = await run(req, a, data);
        if ('errors' in r)
          return renderAppeal(req, reply, a, { form: verb, values: formValues(req.body), errors: r.errors });
        if (!r.ok && r.reason === 'stale') {
          // Someone changed the appeal since the form was loaded: show the current state, keep what was typed.
          const fresh = (await findAppealByNumber(db, a.number))!;
          return renderAppeal(req, reply, fresh, {
            form: verb,
            values: { ...formValues(req.body), version: String(fresh.version) },
            conflict: true,
            status: 409,
          });
        }
        if (!r.ok && r.field)
          return renderAppeal(req, reply, a, {
            form: verb,
            values: formValues(req.body),
            errors: { [r.field]: req.t(`appeals.deny.${r.reason}`) },
          });
        if (!r.ok) return denyPage(req, reply, r.reason, `/appeals/${a.number}`);
        setFlash(reply, `appeals.flash.${verb}`);
        // A redirected appeal belongs to another body now: back to the queue.
        return reply.redirect(
          localHref(req.locale, verb === 'redirect' ? `/appeals/queue?body=${a.body_code}` : `/appeals/${a.number}`),
          303,
        );
      },
    );
  }

  action('start', null, (req, a) => startAppeal(depsFrom(req), { id: a.id }));
  action('assign', assignSchema, (req, a, d) =>
    assignAppeal(depsFrom(req), { id: a.id, assigneeId: d.assignee || null, version: d.version }),
  );
  action('extend', extendSchema, (req, a, d) =>
    extendAppeal(depsFrom(req), { id: a.id, days: d.days, reason: d.extendReason }),
  );
  action('answer', answerSchema, (req, a, d) =>
    answerAppeal(depsFrom(req), { id: a.id, answer: d.answer, version: d.version }),
  );
  action('publish', publishSchema, (req, a, d) => publishAppeal(depsFrom(req), { id: a.id, ...d }));
  action('redirect', redirectSchema, async (req, a, d) => {
    const to = await findBodyByCode(db, d.toBody);
    if (!to) return { errors: { toBody: req.t('appeals.errors.body') } };
    return redirectAppeal(depsFrom(req), { id: a.id, toBodyId: to.id, reason: d.redirectReason });
  });
}
