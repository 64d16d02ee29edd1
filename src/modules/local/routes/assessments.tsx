/** Citizens' assessment of akimats: the published aggregates, one body's page, and the rating form. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { almatyDate, regionCodes } from '../../../reference/index.ts';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { ok, routesFor, type FormState } from '../../../platform/kit/index.ts';
import { rateBody } from '../commands/rateBody.ts';
import { assessmentPeriod, isPeriod } from '../domain.ts';
import { presentAggregate } from '../presenters.ts';
import { fail } from '../reasons.ts';
import { deadlineRecord } from '../record.ts';
import {
  assessmentAggregates,
  assessmentPeriods,
  findStateBody,
  hasAssessed,
  recentComments,
} from '../repository/index.ts';
import { assessmentForm } from '../schemas.ts';
import { AssessmentsPage, BodyAssessmentPage } from '../views/AssessmentPages.tsx';

const { page, form } = routesFor('local');
const codeParams = z.object({ code: z.string().min(1).max(100) });
const bodyPath = (p: { code: string }) => `/local/assessments/${p.code}`;

/** The period and region shown; what does not fit falls back to the latest period and every region. */
const assessmentFilters = z.object({
  period: z.string().refine(isPeriod).optional().catch(undefined),
  region: z.enum(regionCodes).optional().catch(undefined),
});

/** An akimat with what its page shows; any other body is not assessed here (404). */
async function loadBody(req: FastifyRequest, p: { code: string }) {
  const db = req.server.db;
  const body = await findStateBody(db, p.code);
  if (!body || body.kind !== 'akimat') return fail('not_found');
  const now = new Date();
  const period = assessmentPeriod(now);
  const year = Number(almatyDate(now).slice(0, 4));
  const [rows, comments, record, rated] = await Promise.all([
    assessmentAggregates(db, { bodyId: body.id }),
    recentComments(db, body.id),
    deadlineRecord(db, body.id, year),
    req.actor ? hasAssessed(db, body.id, req.actor.id, period) : Promise.resolve(false),
  ]);
  const canRate: 'yes' | 'sign_in' | 'already_rated' = !req.actor ? 'sign_in' : rated ? 'already_rated' : 'yes';
  return ok({ body, rows: rows.map(presentAggregate), comments, record, period, canRate });
}

type Body = Extract<Awaited<ReturnType<typeof loadBody>>, { ok: true }>['value'];

export async function localAssessmentRoutes(app: FastifyInstance) {
  const db = app.db;

  page(app, {
    path: '/local/assessments',
    policy: PUBLIC,
    query: assessmentFilters,
    render: async (_, __, q) => {
      const current = assessmentPeriod(new Date());
      const known = await assessmentPeriods(db);
      const periods = [...new Set([current, ...known])].sort().reverse();
      const period = q.period ?? known[0] ?? current;
      if (!periods.includes(period)) periods.push(period);
      const rows = await assessmentAggregates(db, { period, region: q.region });
      return (
        <AssessmentsPage
          rows={rows.map(presentAggregate)}
          periods={periods}
          values={{ period, region: q.region ?? '' }}
          currentPeriod={current}
        />
      );
    },
  });

  const bodyPage = (c: Body, f: FormState = { values: {}, errors: {} }) => (
    <BodyAssessmentPage
      body={c.body}
      rows={c.rows}
      comments={c.comments}
      record={c.record}
      period={c.period}
      canRate={c.canRate}
      values={f.values}
      errors={f.errors}
    />
  );

  // Anyone reads an akimat's page; rating it needs signing in (the form posts to the same address).
  page(app, {
    path: '/local/assessments/:code',
    policy: PUBLIC,
    params: codeParams,
    load: loadBody,
    render: (c) => bodyPage(c),
  });

  form(app, {
    path: '/local/assessments/:code',
    policy: SIGNED_IN,
    params: codeParams,
    back: bodyPath,
    get: false,
    load: async (req, p) => {
      const c = await loadBody(req, p);
      return c.ok && c.value.canRate === 'already_rated' ? fail('already_rated') : c;
    },
    schema: assessmentForm,
    view: (c, f) => bodyPage(c, f),
    submit: (req, c, data) => rateBody(depsFrom(req), { bodyId: c.body.id, ...data }),
    done: (_, c) => ({ to: bodyPath(c.body), flash: 'local.flash.rated' }),
  });
}
