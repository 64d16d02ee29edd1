/** The JSON API of funding (OpenAPI from the Zod schemas): calls, lots, own applications, projects, reports, panels. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { applicationJsonOf, callJsonOf, lotJsonOf, projectJsonOf } from '../presenters.ts';
import {
  applicationsOf,
  bodiesByIds,
  callLots,
  findApplication,
  findCall,
  findLot,
  findPanel,
  findProject,
  listCalls,
  listProjects,
  num,
  numOrNull,
  reportsPage,
  evaluationsOf,
} from '../repository/index.ts';
import {
  apiError,
  applicationJson,
  applicationListJson,
  callJson,
  callListJson,
  callsQuery,
  idParams,
  lotJson,
  pageQuery,
  projectJson,
  projectListJson,
  projectsQuery,
  reportListJson,
} from '../schemas.ts';
import { z as zod } from 'zod';

const api = { policy: PUBLIC, api: true };
const tags = ['funding'];

export async function fundingApi(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = app.db;

  app.get(
    '/api/v1/funding/calls',
    {
      config: api,
      schema: {
        tags,
        summary: 'Calls (competitions, grant calls, award calls), newest first',
        querystring: callsQuery,
        response: { 200: callListJson },
      },
    },
    async (req) => {
      const q = req.query;
      const r = await listCalls(db, { ...q, publicOnly: true });
      const bodies = await bodiesByIds(
        db,
        r.items.map((c) => c.state_body_id),
      );
      const items = await Promise.all(
        r.items.map(async (c) => callJsonOf(c, await callLots(db, c.id), bodies.get(c.state_body_id), req.locale)),
      );
      return { items, total: r.total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/api/v1/funding/calls/:id',
    {
      config: api,
      schema: { tags, summary: 'One call with its lots', params: idParams, response: { 200: callJson, 404: apiError } },
    },
    async (req, reply) => {
      const c = await findCall(db, req.params.id);
      if (!c || c.status === 'draft')
        return reply.code(404).send({ error: 'not_found', message: req.t('errors.notFound') });
      const bodies = await bodiesByIds(db, [c.state_body_id]);
      return callJsonOf(c, await callLots(db, c.id), bodies.get(c.state_body_id), req.locale);
    },
  );

  app.get(
    '/api/v1/funding/calls/:id/panel',
    {
      config: api,
      schema: {
        tags,
        summary: 'The published expert panel draw: algorithm, seed, inputs and members (re-run it with sha256)',
        params: idParams,
        response: {
          200: zod.object({
            callId: zod.string(),
            algorithm: zod.string(),
            seed: zod.string(),
            inputs: zod.object({
              callId: zod.string(),
              closesAt: zod.string(),
              candidates: zod.array(zod.string()),
              size: zod.number(),
            }),
            members: zod.array(zod.string()),
            drawnAt: zod.string(),
          }),
          404: apiError,
        },
      },
    },
    async (req, reply) => {
      const p = await findPanel(db, req.params.id);
      if (!p) return reply.code(404).send({ error: 'not_found', message: req.t('errors.notFound') });
      return {
        callId: p.call_id,
        algorithm: p.algorithm,
        seed: p.seed,
        inputs: p.inputs,
        members: p.members.map((m) => m.user_id),
        drawnAt: new Date(p.drawn_at).toISOString(),
      };
    },
  );

  app.get(
    '/api/v1/funding/lots/:id',
    {
      config: api,
      schema: {
        tags,
        summary: 'One lot (programme, nomination)',
        params: idParams,
        response: { 200: lotJson.extend({ callId: zod.string() }), 404: apiError },
      },
    },
    async (req, reply) => {
      const l = await findLot(db, req.params.id);
      const c = l ? await findCall(db, l.call_id) : undefined;
      if (!l || !c || c.status === 'draft')
        return reply.code(404).send({ error: 'not_found', message: req.t('errors.notFound') });
      return { ...lotJsonOf(l), callId: l.call_id };
    },
  );

  app.get(
    '/api/v1/funding/applications',
    {
      config: { policy: SIGNED_IN, api: true },
      schema: {
        tags,
        summary: 'Applications of the organisations the caller represents (bearer token)',
        querystring: zod.object(pageQuery),
        response: { 200: applicationListJson },
      },
    },
    async (req) => {
      const q = req.query;
      const r = await applicationsOf(db, req.actor!.organizations, q);
      return {
        items: r.items.map((a) => applicationJsonOf(a, req.locale)),
        total: r.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  app.get(
    '/api/v1/funding/applications/:id',
    {
      config: { policy: SIGNED_IN, api: true },
      schema: {
        tags,
        summary: "One of the caller's own applications",
        params: idParams,
        response: { 200: applicationJson, 404: apiError },
      },
    },
    async (req, reply) => {
      const a = await findApplication(db, req.params.id);
      if (!a || !req.actor!.organizations.includes(a.bin))
        return reply.code(404).send({ error: 'not_found', message: req.t('errors.notFound') });
      return applicationJsonOf(a, req.locale);
    },
  );

  app.get(
    '/api/v1/funding/projects',
    {
      config: api,
      schema: {
        tags,
        summary: 'Projects (contracts) and their evaluation',
        querystring: projectsQuery,
        response: { 200: projectListJson },
      },
    },
    async (req) => {
      const q = req.query;
      const r = await listProjects(db, q);
      const evals = await evaluationsOf(
        db,
        r.items.map((p) => p.id),
      );
      const ev = (id: string) => {
        const e = evals.find((x) => x.project_id === id);
        return e
          ? {
              score: e.score,
              achievement: num(e.achievement),
              beneficiaries: e.beneficiaries,
              cost_per_beneficiary_tiyn: numOrNull(e.cost_per_beneficiary_tiyn),
              sroi: numOrNull(e.sroi),
            }
          : null;
      };
      return {
        items: r.items.map((p) => projectJsonOf(p, req.locale, ev(p.id))),
        total: r.total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );

  app.get(
    '/api/v1/funding/projects/:id',
    {
      config: api,
      schema: { tags, summary: 'One project', params: idParams, response: { 200: projectJson, 404: apiError } },
    },
    async (req, reply) => {
      const p = await findProject(db, req.params.id);
      if (!p) return reply.code(404).send({ error: 'not_found', message: req.t('errors.notFound') });
      const [e] = await evaluationsOf(db, [p.id]);
      return projectJsonOf(
        p,
        req.locale,
        e
          ? {
              score: e.score,
              achievement: num(e.achievement),
              beneficiaries: e.beneficiaries,
              cost_per_beneficiary_tiyn: numOrNull(e.cost_per_beneficiary_tiyn),
              sroi: numOrNull(e.sroi),
            }
          : null,
      );
    },
  );

  app.get(
    '/api/v1/funding/projects/:id/reports',
    {
      config: api,
      schema: {
        tags,
        summary: 'Reports of a project',
        params: idParams,
        querystring: zod.object(pageQuery),
        response: { 200: reportListJson, 404: apiError },
      },
    },
    async (req, reply) => {
      const p = await findProject(db, req.params.id);
      if (!p) return reply.code(404).send({ error: 'not_found', message: req.t('errors.notFound') });
      const q = req.query;
      const { rows, total } = await reportsPage(db, p.id, q.page, q.pageSize);
      return {
        items: rows.map((r) => ({
          id: r.id,
          projectId: r.project_id,
          kind: r.kind,
          period: r.period,
          status: r.status,
          narrative: r.narrative,
          beneficiariesReached: r.beneficiaries_reached,
          indicatorValues: (typeof r.indicator_values === 'string'
            ? JSON.parse(r.indicator_values)
            : r.indicator_values) as Record<string, number>,
          submittedAt: new Date(r.submitted_at).toISOString(),
          reviewNote: r.review_note,
        })),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  );
}
