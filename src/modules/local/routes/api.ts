/** The JSON API of participatory budgets and a cycle's proposals as CSV. */
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { attachment } from '../../../platform/opendata/index.ts';
import { cycleJson, proposalJson, resultsJson } from '../presenters.ts';
import { countBallots, findCycle, listProposals, searchCycles } from '../repository/index.ts';
import { apiError, cycleDetailJson, cycleListJson, cycleListQuery, idParams } from '../schemas.ts';

const api = { policy: PUBLIC, api: true };
const tags = ['local'];

export async function localApi(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = app.db;

  app.get(
    '/api/v1/budget-cycles',
    {
      config: api,
      schema: {
        tags,
        summary: 'Participatory budgets of akimats',
        querystring: cycleListQuery,
        response: { 200: cycleListJson },
      },
    },
    async (req) => {
      const q = req.query;
      const r = await searchCycles(db, {
        q: q.q || undefined,
        region: q.region,
        status: q.status,
        year: q.year,
        page: q.page,
        pageSize: q.pageSize,
      });
      return { items: r.rows.map((c) => cycleJson(c)), total: r.total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/api/v1/budget-cycles/:id',
    {
      config: api,
      schema: {
        tags,
        summary: 'One participatory budget with its proposals and the computed result, step by step',
        params: idParams,
        response: { 200: cycleDetailJson, 404: apiError },
      },
    },
    async (req, reply) => {
      const cycle = await findCycle(db, req.params.id);
      if (!cycle) return reply.code(404).send({ error: 'not_found', message: req.t('local.notFound.message') });
      const [proposals, ballots] = await Promise.all([listProposals(db, cycle.id), countBallots(db, cycle.id)]);
      return {
        ...cycleJson({ ...cycle, ballots }),
        description: cycle.description,
        proposals: proposals.map(proposalJson),
        results: resultsJson(cycle.result_steps, cycle.results_at),
      };
    },
  );

  app.get(
    '/api/v1/budget-cycles/:id/proposals.csv',
    { config: api, schema: { tags, summary: "A cycle's proposals as CSV (UTF-8)", params: idParams } },
    async (req, reply) => {
      const cycle = await findCycle(db, req.params.id);
      if (!cycle) return reply.code(404).send({ error: 'not_found', message: req.t('local.notFound.message') });
      const rows = (await listProposals(db, cycle.id)).map((p) => ({ ...proposalJson(p), costTenge: p.cost / 100 }));
      const columns = [
        'id',
        'title',
        'location',
        'costTenge',
        'status',
        'reviewReason',
        'votes',
        'implementation',
        'submittedAt',
      ];
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', attachment(`budget-${cycle.id}.csv`))
        .send('\ufeff' + stringify(rows, { header: true, columns }));
    },
  );
}
