/** Streamed open data of the funding module: OCDS packages, the 360Giving package, projects as a dataset. */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { attachment, keysetBatches, type OpenRow } from '../../../platform/opendata/index.ts';
import { exportProjectFigures, projectDatasetStats } from '../repository/index.ts';
import { isoDay } from './bundles.ts';
import { giving360Package, recordPackage, releasePackage } from './stream.ts';

const api = { policy: PUBLIC, api: true };

export const PROJECT_COLUMNS = [
  'number',
  'instrument',
  'title',
  'bin',
  'organization',
  'state_body',
  'call',
  'area',
  'region',
  'amount_kzt',
  'starts_on',
  'ends_on',
  'signed_at',
  'status',
  'beneficiaries_planned',
  'beneficiaries_reached',
  'spent_kzt',
  'satisfaction',
  'evaluation_score',
  'sroi',
  'url',
] as const;

async function projectBatch(db: FastifyInstance['db'], base: string, after: string, limit: number) {
  const rows = await exportProjectFigures(db, after, limit);
  return rows.map(
    (r) =>
      ({
        number: String(r.number),
        instrument: String(r.instrument),
        title: String(r.title),
        bin: String(r.bin),
        organization: String(r.organization),
        state_body: String(r.state_body),
        call: String(r.call),
        area: String(r.area),
        region: (r.region as string | null) ?? null,
        amount_kzt: Number(r.amount_tiyn) / 100,
        starts_on: isoDay(r.starts_on),
        ends_on: isoDay(r.ends_on),
        signed_at: (r.signed_at instanceof Date ? r.signed_at : new Date(String(r.signed_at))).toISOString(),
        status: String(r.status),
        beneficiaries_planned: Number(r.beneficiaries_planned),
        beneficiaries_reached: Number(r.reached),
        spent_kzt: Number(r.spent) / 100,
        satisfaction: r.satisfaction === null ? null : Number(r.satisfaction),
        evaluation_score: r.evaluation_score === null ? null : Number(r.evaluation_score),
        sroi: r.sroi === null || r.sroi === undefined ? null : Number(r.sroi),
        url: `${base}/ru/funding/projects/${String(r.id)}`,
      }) satisfies OpenRow,
  );
}

export async function fundingOpenData(app: FastifyInstance) {
  const base = () => app.config.baseUrl.replace(/\/$/, '');
  const json = (summary: string) => ({ config: api, schema: { tags: ['open-data'], summary } });
  app.get(
    '/open-data/ocds/release-package.json',
    json(
      'State social order as an OCDS 1.1 release package (planning, tender, award, contract, implementation), streamed',
    ),
    async (_req, reply) =>
      reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', attachment('qogam-ocds-release-package.json'))
        .send(Readable.from(releasePackage(app.db, base()))),
  );
  app.get(
    '/open-data/ocds/record-package.json',
    json('State social order as an OCDS 1.1 record package with compiled releases, streamed'),
    async (_req, reply) =>
      reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', attachment('qogam-ocds-record-package.json'))
        .send(Readable.from(recordPackage(app.db, base()))),
  );
  app.get(
    '/open-data/360giving.json',
    json('Grants and awards as a 360Giving 1.4 package (KZT, recipients by BIN), streamed'),
    async (_req, reply) =>
      reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', attachment('qogam-360giving.json'))
        .send(Readable.from(giving360Package(app.db, base()))),
  );

  app.openData.addDataset({
    id: 'funding-projects',
    module: 'funding',
    titleKey: 'funding.dataset.projects.title',
    descriptionKey: 'funding.dataset.projects.description',
    columns: PROJECT_COLUMNS,
    batches: (db) =>
      keysetBatches(
        (after: string, n) => projectBatch(db, base(), after, n),
        (r) => r.number,
        '',
      ),
    async stats(db) {
      const r = await projectDatasetStats(db);
      return { records: Number(r.n), updatedAt: r.at ? new Date(r.at) : null };
    },
    extra: [
      { format: 'OCDS', href: '/open-data/ocds/release-package.json', labelKey: 'funding.dataset.ocdsReleases' },
      { format: 'OCDS', href: '/open-data/ocds/record-package.json', labelKey: 'funding.dataset.ocdsRecords' },
      { format: '360Giving', href: '/open-data/360giving.json', labelKey: 'funding.dataset.giving360' },
    ],
  });
}
