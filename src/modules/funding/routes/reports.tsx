/**
 * Reports as kit declarations: the NGO's report on its project (narrative, indicators, spending by
 * budget line, a document) and the body's review of it. Spending over a line is told next to it.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import type { FieldSpec } from '../../../platform/kit/index.ts';
import { reviewReport } from '../commands/reviewReport.ts';
import { submitReport } from '../commands/submitReport.ts';
import { parseTenge, tiynToInput } from '../domain.ts';
import { fail } from '../reasons.ts';
import { reportSchema, reviewReportSchema } from '../schemas.ts';
import { GroupedFormPage } from '../views/GroupedFormPage.tsx';
import { action, byId, crumbs, form, reportingOf } from './loaders.ts';

type Reporting = Extract<Awaited<ReturnType<typeof reportingOf>>, { ok: true }>['value'];
const toProject = (p: { id: string }) => `/funding/projects/${p.id}`;
const blank = (v: unknown) => String(v ?? '').trim();

/** An indicator's value: empty, or a number not below zero. */
const indicatorValue = z
  .preprocess(blank, z.string())
  .refine((v) => v === '' || (Number.isFinite(Number(v.replace(',', '.'))) && Number(v.replace(',', '.')) >= 0), {
    message: 'funding.errors.number',
  })
  .transform((v) => (v === '' ? null : Number(v.replace(',', '.'))));
/** Spending on a budget line: empty, or an amount in tenge. */
const spendingValue = z
  .preprocess(blank, z.string())
  .refine((v) => v === '' || parseTenge(v) !== null, { message: 'funding.errors.money' })
  .transform((v) => (v === '' ? null : parseTenge(v)));

const reportForm = (c: Reporting) =>
  reportSchema.extend({
    ...Object.fromEntries(c.indicators.map((_, n) => [`ind.${n}`, indicatorValue])),
    ...Object.fromEntries(c.detail.lines.map((l) => [`spend.${l.id}`, spendingValue])),
  } as Record<never, never>);

function reportGroups(req: FastifyRequest, c: Reporting, maxMb: number) {
  const first: FieldSpec[] = [
    {
      kind: 'select',
      name: 'kind',
      label: req.t('funding.report.kindLabel'),
      required: true,
      options: ['interim', 'final'].map((k) => ({ value: k, label: req.t(`funding.report.kind.${k}`) })),
    },
    {
      kind: 'text',
      name: 'period',
      label: req.t('funding.report.period'),
      hint: req.t('funding.report.periodHint'),
      required: true,
      width: 'medium',
    },
    { kind: 'textarea', name: 'narrative', label: req.t('funding.report.narrative'), required: true, rows: 8 },
    { kind: 'number', name: 'beneficiariesReached', label: req.t('funding.report.beneficiaries'), required: true },
  ];
  const indicators: FieldSpec[] = c.indicators.map((i, n) => ({
    kind: 'text',
    name: `ind.${n}`,
    label: `${i.name} (${i.unit}; ${req.t('funding.indicator.target')} ${i.target})`,
    width: 'short',
    inputmode: 'decimal',
  }));
  const spending: FieldSpec[] = c.detail.lines.map((l) => {
    const spent = c.detail.spending
      .filter((s) => s.budget_line_id === l.id && s.status !== 'returned')
      .reduce((s, x) => s + x.amount_tiyn, 0);
    return {
      kind: 'text',
      name: `spend.${l.id}`,
      label: req.t('funding.report.spendLine', { item: l.item, left: tiynToInput(l.planned_tiyn - spent) }),
      width: 'medium',
      inputmode: 'decimal',
    };
  });
  const document: FieldSpec = {
    kind: 'file',
    name: 'document',
    label: req.t('funding.report.document'),
    hint: req.t('funding.appForm.documentHint', { max: maxMb }),
  };
  return [
    { fields: first },
    ...(indicators.length ? [{ heading: req.t('funding.report.indicatorsHeading'), fields: indicators }] : []),
    { heading: req.t('funding.report.spendingHeading'), fields: [...spending, document] },
  ];
}

export async function fundingReports(app: FastifyInstance) {
  const maxMb = Math.round(app.config.maxUploadBytes / 1024 / 1024);

  form(app, {
    path: '/funding/projects/:id/reports/new',
    policy: SIGNED_IN,
    params: byId,
    load: reportingOf,
    back: toProject,
    files: [{ name: 'document' }],
    schema: reportForm,
    initial: () => ({ kind: 'interim' }),
    view: (c, f, req) => (
      <GroupedFormPage
        title={req.t('funding.report.new')}
        crumbs={crumbs(req, [c.p.title, toProject(c.p)])}
        action={`/funding/projects/${c.p.id}/reports/new`}
        multipart
        groups={reportGroups(req, c, maxMb)}
        {...f}
        submit={req.t('funding.report.submit')}
      />
    ),
    submit: (req, c, d, files) => {
      const v = d as Record<string, unknown>;
      const indicatorValues: Record<string, number> = {};
      c.indicators.forEach((i, n) => {
        if (typeof v[`ind.${n}`] === 'number') indicatorValues[i.name] = v[`ind.${n}`] as number;
      });
      const spending: Record<string, number> = {};
      for (const l of c.detail.lines)
        if (typeof v[`spend.${l.id}`] === 'number') spending[l.id] = v[`spend.${l.id}`] as number;
      return submitReport(depsFrom(req), {
        projectId: c.p.id,
        kind: d.kind,
        period: d.period,
        narrative: d.narrative,
        beneficiariesReached: d.beneficiariesReached,
        indicatorValues,
        spending,
        documents: files.document ? [files.document] : [],
        storage: req.server.storage,
      });
    },
    done: (_req, c) => ({ to: toProject(c.p), flash: 'funding.flash.reportSubmitted' }),
  });

  // The body's review sits under each submitted report on the project's page.
  action(app, {
    path: '/funding/reports/:id/review',
    policy: SIGNED_IN,
    params: byId,
    load: async (_req, p) => p,
    submit: async (req, p) => {
      const parsed = reviewReportSchema.safeParse(req.body ?? {});
      if (!parsed.success) return fail('badInput');
      return reviewReport(depsFrom(req), { reportId: p.id, ...parsed.data });
    },
    done: (_req, _p, r) => ({ to: `/funding/projects/${r.projectId}`, flash: 'funding.flash.reportReviewed' }),
  });
}
