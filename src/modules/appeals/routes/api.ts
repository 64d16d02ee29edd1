/** The reception's JSON API (OpenAPI from the Zod schemas). */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { PUBLIC, SIGNED_IN } from '../../../platform/authz/index.ts';
import { NUMBER_RE, todayIn } from '../domain.ts';
import { initiativeRecord, initiativesAvailable } from '../initiatives.ts';
import { EMPTY_RECORD, mineJson, publishedJson, statisticsJson } from '../presenters.ts';
import {
  appealsOfCitizen,
  bodyRecords,
  findBodyByCode,
  findPublished,
  listStateBodies,
  publishedAppeals,
} from '../repository/index.ts';
import {
  apiError,
  listQuery,
  mineList,
  numberParams,
  publishedJson as publishedSchema,
  publishedList,
  statisticsList,
  statisticsQuery,
} from '../schemas.ts';

const tags = ['appeals'];

export async function appealsApi(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = app.db;

  app.get(
    '/api/v1/appeals/statistics',
    {
      config: { policy: PUBLIC, api: true },
      schema: {
        tags,
        summary:
          'Scorecards of state bodies: appeals received, answered on time, overdue, mean rating (per body and year)',
        querystring: statisticsQuery,
        response: { 200: statisticsList, 404: apiError },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const today = todayIn(new Date());
      const year = q.year ?? Number(today.slice(0, 4));
      let bodies = await listStateBodies(db);
      if (q.body) {
        const b = await findBodyByCode(db, q.body);
        if (!b) return reply.code(404).send({ error: 'not_found', message: req.t('appeals.body.notFound') });
        bodies = bodies.filter((x) => x.id === b.id);
      }
      const records = await bodyRecords(db, year, today);
      const withInitiatives = await initiativesAvailable();
      const page = bodies.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
      const items = await Promise.all(
        page.map(async (b) =>
          statisticsJson(
            b,
            year,
            records.get(b.id) ?? EMPTY_RECORD,
            withInitiatives ? await initiativeRecord(app.db, b.id, year) : null,
          ),
        ),
      );
      return { items, total: bodies.length, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/api/v1/appeals/published',
    {
      config: { policy: PUBLIC, api: true },
      schema: {
        tags,
        summary: 'Published appeals and answers (personal data removed), newest first',
        querystring: listQuery,
        response: { 200: publishedList },
      },
    },
    async (req) => {
      const q = req.query;
      const body = q.body ? await findBodyByCode(db, q.body) : undefined;
      if (q.body && !body) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
      const r = await publishedAppeals(db, { bodyId: body?.id, page: q.page, pageSize: q.pageSize });
      return { items: r.rows.map(publishedJson), total: r.total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/api/v1/appeals/published/:id',
    {
      config: { policy: PUBLIC, api: true },
      schema: {
        tags,
        summary: 'One published appeal by its registration number',
        params: numberParams,
        response: { 200: publishedSchema, 404: apiError },
      },
    },
    async (req, reply) => {
      const { id } = req.params;
      const r = NUMBER_RE.test(id) ? await findPublished(db, id) : undefined;
      if (!r)
        return reply.code(404).send({ error: 'not_found', message: req.t('appeals.appeal.notFound', { number: id }) });
      return publishedJson(r);
    },
  );

  app.get(
    '/api/v1/appeals/mine',
    {
      config: { policy: SIGNED_IN, api: true },
      schema: {
        tags,
        summary: "The signed-in citizen's appeals, newest first",
        security: [{ bearer: [] }],
        querystring: listQuery.omit({ body: true }),
        response: { 200: mineList },
      },
    },
    async (req) => {
      const q = req.query;
      const r = await appealsOfCitizen(db, req.actor!.id, q.page, q.pageSize);
      const today = todayIn(new Date());
      return { items: r.rows.map((row) => mineJson(row, today)), total: r.total, page: q.page, pageSize: q.pageSize };
    },
  );
}
