/**
 * Projects as kit declarations: the list and a project's page (with its survey QR code), the body's
 * monitoring visits and its final evaluation.
 */
import type { FastifyInstance } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import { publicHistory } from '../../../platform/audit/index.ts';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { FormPage, ok, type FieldSpec } from '../../../platform/kit/index.ts';
import type { FormValues } from '../../../platform/views/forms.tsx';
import { evaluateProject } from '../commands/evaluateProject.ts';
import { recordVisit } from '../commands/recordVisit.ts';
import { managesBody } from '../policy.ts';
import { fail } from '../reasons.ts';
import {
  applicationDocuments,
  findBody,
  findCall,
  findLot,
  findProject,
  listProjects,
  orgsByBins,
  projectDetail,
  projectIndicators,
} from '../repository/index.ts';
import { evaluationSchema, visitSchema } from '../schemas.ts';
import { ProjectPage, ProjectsListPage } from '../views/ProjectPage.tsx';
import { byId, crumbs, deny, form, managedProject, page, pageNumber } from './loaders.ts';

const PAGE_SIZE = 20;
const filter = z.string().max(100).optional().catch(undefined);
const projectsQuery = z.object({
  q: filter.transform((v) => v?.trim().slice(0, 100) || undefined),
  region: filter.transform((v) => v || undefined),
  area: filter.transform((v) => v || undefined),
  status: filter.transform((v) => v || undefined),
  page: pageNumber,
});
const qrQuery = z.object({ lang: z.enum(['kk', 'ru', 'en']).catch('kk') });
const toProject = (p: { id: string }) => `/funding/projects/${p.id}`;

/** An actual value of an indicator: a number not below zero (a comma is a decimal point). */
const actual = z
  .preprocess((v) => String(v ?? '').trim(), z.string())
  .refine((v) => v !== '' && Number.isFinite(Number(v.replace(',', '.'))) && Number(v.replace(',', '.')) >= 0, {
    message: 'funding.errors.number',
  })
  .transform((v) => Number(v.replace(',', '.')));

export async function fundingProjects(app: FastifyInstance) {
  page(app, {
    path: '/funding/projects',
    policy: PUBLIC,
    query: projectsQuery,
    render: async (_, req, { page: p, ...query }) => {
      const r = await listProjects(req.server.db, { ...query, page: p, pageSize: PAGE_SIZE });
      const orgs = await orgsByBins(
        req.server.db,
        r.items.map((x) => x.bin),
      );
      return (
        <ProjectsListPage projects={r.items} total={r.total} page={p} pageSize={PAGE_SIZE} orgs={orgs} query={query} />
      );
    },
  });

  page(app, {
    path: '/funding/projects/:id',
    policy: PUBLIC,
    params: byId,
    load: async (req, p) => {
      const db = req.server.db;
      const project = await findProject(db, p.id);
      if (!project) return fail('not_found');
      const [detail, orgs, body, call, history] = await Promise.all([
        projectDetail(db, project.id),
        orgsByBins(db, [project.bin]),
        findBody(db, project.state_body_id),
        findCall(db, project.call_id),
        publicHistory(db, 'funding_project', project.id),
      ]);
      const documents = await applicationDocuments(
        db,
        'report',
        detail.reports.map((r) => r.id),
        true,
      );
      return ok({
        project,
        org: orgs.get(project.bin),
        body,
        call: { id: call!.id, number: call!.number, title: call!.title },
        detail,
        documents,
        owner: !!req.actor?.organizations.includes(project.bin),
        manages: managesBody(req.actor, body!),
        surveyUrl: `${req.server.config.baseUrl}/${req.locale}/funding/survey/${project.survey_token}`,
        history,
      });
    },
    back: () => '/funding/projects',
    render: (d) => <ProjectPage {...d} />,
  });

  // The survey's QR codes, to print: the link in the language asked for (Kazakh by default).
  for (const kind of ['svg', 'png'] as const) {
    app.get(
      `/funding/projects/:id/qr.${kind}`,
      { config: { policy: PUBLIC }, schema: { hide: true } },
      async (req, reply) => {
        const p = byId.safeParse(req.params);
        const project = p.success ? await findProject(req.server.db, p.data.id) : undefined;
        if (!project) return deny(req, reply, { kind: 'not_found', reason: 'not_found' }, '/funding/projects');
        const lang = kind === 'svg' ? qrQuery.parse(req.query ?? {}).lang : 'kk';
        const url = `${req.server.config.baseUrl}/${lang}/funding/survey/${project.survey_token}`;
        reply.header('cache-control', 'public, max-age=3600');
        return kind === 'svg'
          ? reply
              .type('image/svg+xml')
              .send(await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }))
          : reply.type('image/png').send(await QRCode.toBuffer(url, { type: 'png', margin: 1, width: 320 }));
      },
    );
  }

  form(app, {
    path: '/funding/projects/:id/visits/new',
    policy: SIGNED_IN,
    params: byId,
    load: managedProject,
    back: toProject,
    schema: visitSchema,
    view: (p, f, req) => (
      <FormPage
        title={req.t('funding.visit.new')}
        crumbs={crumbs(req, [p.title, toProject(p)])}
        action={`/funding/projects/${p.id}/visits/new`}
        fields={[
          { kind: 'date', name: 'visitedOn', label: req.t('funding.visit.date'), required: true, width: 'medium' },
          {
            kind: 'select',
            name: 'outcome',
            label: req.t('funding.visit.outcome'),
            required: true,
            options: ['ok', 'remarks', 'violations'].map((o) => ({ value: o, label: req.t(`funding.status.${o}`) })),
          },
          { kind: 'textarea', name: 'findings', label: req.t('funding.visit.findings'), required: true, rows: 5 },
        ]}
        {...f}
        submit={req.t('funding.visit.submit')}
      />
    ),
    submit: (req, p, data) => recordVisit(depsFrom(req), { projectId: p.id, ...data }),
    done: (_req, p) => ({ to: toProject(p), flash: 'funding.flash.visitRecorded' }),
  });

  // The final evaluation: each indicator's actual value (the last accepted report's by default).
  form(app, {
    path: '/funding/projects/:id/evaluate',
    policy: SIGNED_IN,
    params: byId,
    load: async (req, p) => {
      const found = await managedProject(req, p);
      if (!found.ok) return found;
      const project = found.value;
      const db = req.server.db;
      const [lot, own, detail] = await Promise.all([
        findLot(db, project.lot_id),
        projectIndicators(db, project.id),
        projectDetail(db, project.id),
      ]);
      const indicators = (own.length ? own : (lot?.indicators ?? [])).map((i: { name: string; target: number }) => ({
        name: i.name,
        target: Number(i.target),
      }));
      return ok({ project, indicators, accepted: detail.reports.filter((r) => r.status === 'accepted') });
    },
    back: toProject,
    schema: (c) =>
      evaluationSchema.extend(
        Object.fromEntries(c.indicators.map((_, n) => [`actual.${n}`, actual])) as Record<never, never>,
      ),
    initial: ({ indicators, accepted }) => {
      const reached = accepted.reduce((m, r) => Math.max(m, r.beneficiaries_reached), 0);
      const last = accepted.at(-1)?.indicator_values ?? {};
      const values: FormValues = { beneficiaries: reached ? String(reached) : '' };
      indicators.forEach((i, n) => {
        if (last[i.name] !== undefined) values[`actual.${n}`] = String(last[i.name]);
      });
      return values;
    },
    view: ({ project, indicators }, f, req) => (
      <FormPage
        title={req.t('funding.evaluation.new')}
        crumbs={crumbs(req, [project.title, toProject(project)])}
        intro={<p>{req.t('funding.evaluation.intro')}</p>}
        action={`/funding/projects/${project.id}/evaluate`}
        fields={[
          ...indicators.map((i, n): FieldSpec => ({
            kind: 'text',
            name: `actual.${n}`,
            label: req.t('funding.evaluation.actualOf', { name: i.name, target: i.target }),
            required: true,
            width: 'short',
            inputmode: 'decimal',
          })),
          { kind: 'number', name: 'beneficiaries', label: req.t('funding.evaluation.beneficiaries'), required: true },
          {
            kind: 'text',
            name: 'socialValue',
            label: req.t('funding.evaluation.socialValue'),
            hint: req.t('funding.evaluation.socialValueHint'),
            width: 'medium',
            inputmode: 'decimal',
          },
          { kind: 'textarea', name: 'outcomes', label: req.t('funding.evaluation.outcomes'), required: true, rows: 6 },
        ]}
        {...f}
        submit={req.t('funding.evaluation.submit')}
      />
    ),
    submit: (req, { project, indicators }, d) =>
      evaluateProject(depsFrom(req), {
        projectId: project.id,
        indicators: indicators.map((i, n) => ({ ...i, actual: Number((d as Record<string, unknown>)[`actual.${n}`]) })),
        outcomes: d.outcomes,
        beneficiaries: d.beneficiaries,
        socialValueTiyn: d.socialValue,
      }),
    done: (_req, { project }) => ({ to: toProject(project), flash: 'funding.flash.evaluated' }),
  });
}
