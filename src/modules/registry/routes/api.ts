/** The JSON API (OpenAPI from the Zod schemas) and the bulk open data, streamed in batches. */
import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { areas, legalForms, regions, validateBin } from '../../../reference/index.ts';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { socialListYear } from '../domain.ts';
import { ratingsFor } from '../rating.ts';
import { csvRecord, detailJson, jsonRecord, listItemJson, regionJson } from '../presenters.ts';
import {
  countByRegion,
  countByYear,
  EXPORT_COLUMNS,
  exportBatch,
  findOrganization,
  listReportYears,
  searchOrganizations,
  socialApplicationsOf,
  type Db,
} from '../repository/index.ts';
import {
  apiError,
  apiListQuery,
  areaJson,
  binParams,
  legalFormJson,
  orgDetailJson,
  orgListJson,
  regionJson as regionSchema,
  type SearchQuery,
} from '../schemas.ts';

const api = { policy: PUBLIC, api: true };
const tags = ['registry'];
/** Rows per keyset batch of the bulk export: small enough to stream, large enough to be few queries. */
export const EXPORT_BATCH = 1000;

/** All organisations by BIN, batch after batch, without holding a connection between batches. */
async function* batches(db: Db) {
  let after = '';
  for (;;) {
    const rows = await exportBatch(db, after, EXPORT_BATCH);
    if (rows.length) yield rows;
    if (rows.length < EXPORT_BATCH) return;
    after = rows[rows.length - 1].bin;
  }
}

async function* csvLines(db: Db) {
  // The BOM lets spreadsheet programs read Kazakh and Russian text as UTF-8.
  yield '\ufeff' + stringify([[...EXPORT_COLUMNS]]);
  for await (const rows of batches(db)) yield stringify(rows.map(csvRecord), { columns: [...EXPORT_COLUMNS] });
}

async function* jsonArray(db: Db) {
  yield '[';
  let first = true;
  for await (const rows of batches(db)) {
    yield (first ? '\n' : ',\n') + rows.map((r) => JSON.stringify(jsonRecord(r))).join(',\n');
    first = false;
  }
  yield '\n]\n';
}

const attachment = (name: string) => `attachment; filename="${name}"`;

export async function registryApi(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const db = app.db;

  app.get(
    '/api/v1/organizations',
    {
      config: api,
      schema: { tags, summary: 'Search the NGO registry', querystring: apiListQuery, response: { 200: orgListJson } },
    },
    async (req) => {
      const q = req.query;
      const query: SearchQuery = {
        q: q.q || undefined,
        region: q.region,
        area: q.area,
        legalForm: q.legalForm,
        reportStatus: q.reportStatus,
        verified: q.verified === undefined ? undefined : q.verified === 'true',
        sort: q.sort ?? (q.q ? 'relevance' : 'name'),
        page: q.page,
        pageSize: q.pageSize,
      };
      const r = await searchOrganizations(db, query, { locale: q.lang ?? req.locale, now: new Date() });
      return { items: r.rows.map(listItemJson), total: r.total, page: q.page, pageSize: q.pageSize };
    },
  );

  app.get(
    '/api/v1/organizations/:bin',
    {
      config: api,
      schema: {
        tags,
        summary: 'One organisation: profile, reports, rating',
        params: binParams,
        response: { 200: orgDetailJson, 400: apiError, 404: apiError },
      },
    },
    async (req, reply) => {
      const v = validateBin(req.params.bin);
      if (!v.ok)
        return reply.code(400).send({
          error: 'invalid_bin',
          message: req.t(`registry.errors.bin${v.reason === 'checksum' ? 'Checksum' : 'Format'}`),
        });
      const org = await findOrganization(db, v.value);
      if (!org)
        return reply
          .code(404)
          .send({ error: 'not_found', message: req.t('registry.profile.notFound', { bin: v.value }) });
      const now = new Date();
      const [filed, social, ratings] = await Promise.all([
        listReportYears(db, org.bin),
        socialApplicationsOf(db, org.bin),
        ratingsFor(db, [org], now),
      ]);
      const submissions = new Map(filed.map((r) => [r.year, new Date(r.submitted_at)]));
      const current = social.find((s) => s.list_year === socialListYear(now)) ?? social[0];
      return detailJson(org, {
        submissions,
        submittedYears: new Set(submissions.keys()),
        social: current,
        rating: ratings.get(org.bin)!,
        now,
      });
    },
  );

  app.get(
    '/api/v1/regions',
    {
      config: api,
      schema: { tags, summary: 'Regions with the number of active NGOs', response: { 200: regionSchema.array() } },
    },
    async () => regionJson(await countByRegion(db)),
  );
  app.get(
    '/api/v1/areas',
    { config: api, schema: { tags, summary: 'Areas of activity', response: { 200: areaJson.array() } } },
    async () => areas.map((a) => ({ code: a.code, names: { ...a.name } })),
  );
  app.get(
    '/api/v1/legal-forms',
    {
      config: api,
      schema: {
        tags,
        summary: 'Legal forms of non-commercial organisations',
        response: { 200: legalFormJson.array() },
      },
    },
    async () =>
      legalForms.map((f) => ({
        code: f.code,
        names: { ...f.name },
        short: { ...f.short },
        ngoEligible: f.ngoEligible,
      })),
  );

  // ------------------------------------------------------------ open data
  const openData = (summary: string) => ({ config: api, schema: { tags: ['open-data'], summary } });

  app.get('/open-data/organizations.csv', openData('The whole NGO registry as CSV (UTF-8)'), async (_req, reply) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachment('organizations.csv'))
      .send(Readable.from(csvLines(db))),
  );
  app.get('/open-data/organizations.json', openData('The whole NGO registry as a JSON array'), async (_req, reply) =>
    reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', attachment('organizations.json'))
      .send(Readable.from(jsonArray(db))),
  );
  app.get('/open-data/registry-by-region.csv', openData('NGOs by region (CSV)'), async (_req, reply) => {
    const counts = await countByRegion(db);
    const rows = regions.map((r) => ({
      region: r.code,
      name_kk: r.name.kk,
      name_ru: r.name.ru,
      name_en: r.name.en,
      ...(counts.get(r.code) ?? { total: 0, active: 0, verified: 0 }),
    }));
    const body =
      '\ufeff' +
      stringify(rows, {
        header: true,
        columns: ['region', 'name_kk', 'name_ru', 'name_en', 'total', 'active', 'verified'],
      });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachment('registry-by-region.csv'))
      .send(body);
  });
  app.get('/open-data/registry-by-year.csv', openData('NGOs by year of registration (CSV)'), async (_req, reply) => {
    const body = '\ufeff' + stringify(await countByYear(db), { header: true, columns: ['year', 'total'] });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', attachment('registry-by-year.csv'))
      .send(body);
  });
}
