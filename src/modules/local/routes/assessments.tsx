/** Citizens' assessment of akimats: the published aggregates, one body's page, and the rating form. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { almatyDate, regionCodes } from '../../../reference/index.ts';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { setFlash } from '../../../platform/http/context.ts';
import { fieldErrors } from '../../../platform/http/validation.ts';
import { localHref } from '../../../platform/views/context.ts';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import { renderPage } from '../../../platform/views/render.tsx';
import { rateBody } from '../commands/rateBody.ts';
import { assessmentPeriod, isPeriod } from '../domain.ts';
import { deadlineRecord } from '../record.ts';
import { assessmentAggregates, assessmentPeriods, findStateBody, hasAssessed, recentComments } from '../repository.ts';
import { assessmentForm } from '../schemas.ts';
import { AssessmentsPage, BodyAssessmentPage } from '../views/AssessmentPages.tsx';
import { commandFieldError, denyPage, formValues, LANG, notFound } from './shared.tsx';

const hide = { hide: true };

export async function localAssessmentRoutes(app: FastifyInstance) {
  const db = app.db;

  app.get(`${LANG}/local/assessments`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const q = req.query as Record<string, unknown>;
    const current = assessmentPeriod(new Date());
    const known = await assessmentPeriods(db);
    const periods = [...new Set([current, ...known])].sort().reverse();
    const period = typeof q.period === 'string' && isPeriod(q.period) ? q.period : (known[0] ?? current);
    const region =
      typeof q.region === 'string' && (regionCodes as readonly string[]).includes(q.region) ? q.region : '';
    if (!periods.includes(period)) periods.push(period);
    const rows = await assessmentAggregates(db, { period, region: region || undefined });
    return renderPage(
      req,
      reply,
      <AssessmentsPage rows={rows} periods={periods} values={{ period, region }} currentPeriod={current} />,
    );
  });

  async function bodyContext(req: FastifyRequest, reply: FastifyReply) {
    const body = await findStateBody(db, (req.params as { code: string }).code);
    if (!body || body.kind !== 'akimat') {
      await notFound(req, reply);
      return null;
    }
    const now = new Date();
    const period = assessmentPeriod(now);
    const year = Number(almatyDate(now).slice(0, 4));
    const [rows, comments, record, rated] = await Promise.all([
      assessmentAggregates(db, { bodyId: body.id }),
      recentComments(db, body.id),
      deadlineRecord(app.db, body.id, year),
      req.actor ? hasAssessed(db, body.id, req.actor.id, period) : Promise.resolve(false),
    ]);
    const canRate: 'yes' | 'sign_in' | 'already_rated' = !req.actor ? 'sign_in' : rated ? 'already_rated' : 'yes';
    return { body, rows, comments, record, period, canRate };
  }
  const page = (
    c: NonNullable<Awaited<ReturnType<typeof bodyContext>>>,
    values: FormValues = {},
    errors: FieldErrors = {},
  ) => (
    <BodyAssessmentPage
      body={c.body}
      rows={c.rows}
      comments={c.comments}
      record={c.record}
      period={c.period}
      canRate={c.canRate}
      values={values}
      errors={errors}
    />
  );

  app.get(`${LANG}/local/assessments/:code`, { config: { policy: PUBLIC }, schema: hide }, async (req, reply) => {
    const c = await bodyContext(req, reply);
    if (!c) return reply;
    return renderPage(req, reply, page(c));
  });

  app.post(`${LANG}/local/assessments/:code`, { config: { policy: SIGNED_IN }, schema: hide }, async (req, reply) => {
    const c = await bodyContext(req, reply);
    if (!c) return reply;
    if (c.canRate === 'already_rated')
      return denyPage(req, reply, 'already_rated', `/local/assessments/${c.body.code}`);
    const values = formValues(req.body);
    const parsed = assessmentForm.safeParse(req.body ?? {});
    if (!parsed.success) return renderPage(req, reply, page(c, values, fieldErrors(req.t, parsed.error)), 400);
    const r = await rateBody(depsFrom(req), { bodyId: c.body.id, ...parsed.data });
    if (!r.ok && r.field)
      return renderPage(req, reply, page(c, values, commandFieldError(req, r.reason, r.field)), 400);
    if (!r.ok) return denyPage(req, reply, r.reason, `/local/assessments/${c.body.code}`);
    setFlash(reply, 'local.flash.rated');
    return reply.redirect(localHref(req.locale, `/local/assessments/${c.body.code}`), 303);
  });
}
