/**
 * What the registry publishes into the open-data catalogue: the organisations dataset (served by
 * the registry's own /open-data/organizations.csv|json routes) and the indicators of the Concept's
 * expected results that the annual reports and the social-entrepreneur list measure.
 */
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import {
  keysetBatches,
  withNationalSums,
  type Db,
  type IndicatorSpec,
  type IndicatorValue,
  type OpenRow,
} from '../../platform/opendata/index.ts';
import { csvRecord } from './presenters.ts';
import { EXPORT_COLUMNS, exportBatch } from './repository/index.ts';

/** Per region and year of an aggregate over the annual reports (the year reported on). */
async function byReportYear(db: Db, expr: ReturnType<typeof sql<number>>): Promise<IndicatorValue[]> {
  const rows = await sql<{ region: string; year: number; value: number }>`
    select o.region, r.year, (${expr})::float8 as value
    from annual_reports r join organizations o on o.bin = r.bin
    group by o.region, r.year`.execute(db);
  return withNationalSums(
    rows.rows.map((r) => ({
      region: r.region as IndicatorValue['region'],
      year: Number(r.year),
      value: Number(r.value),
    })),
  );
}

const reportSum = (field: string) =>
  sql<number>`coalesce(sum(case when r.data->>${field} ~ '^[0-9]+$' then (r.data->>${field})::bigint else 0 end), 0)`;

export const registryIndicators: IndicatorSpec[] = [
  {
    id: 'registry.activeNgos',
    module: 'registry',
    unit: 'count',
    titleKey: 'registry.indicator.activeNgos.title',
    definitionKey: 'registry.indicator.activeNgos.definition',
    compute: (db) => byReportYear(db, sql<number>`count(*)`),
  },
  {
    id: 'registry.staff',
    module: 'registry',
    unit: 'count',
    titleKey: 'registry.indicator.staff.title',
    definitionKey: 'registry.indicator.staff.definition',
    compute: (db) => byReportYear(db, reportSum('staff')),
  },
  {
    id: 'registry.reportedVolunteers',
    module: 'registry',
    unit: 'count',
    titleKey: 'registry.indicator.reportedVolunteers.title',
    definitionKey: 'registry.indicator.reportedVolunteers.definition',
    compute: (db) => byReportYear(db, reportSum('volunteers')),
  },
  {
    id: 'registry.beneficiaries',
    module: 'registry',
    unit: 'count',
    titleKey: 'registry.indicator.beneficiaries.title',
    definitionKey: 'registry.indicator.beneficiaries.definition',
    compute: (db) => byReportYear(db, reportSum('beneficiaries')),
  },
  {
    id: 'registry.income',
    module: 'registry',
    unit: 'tenge',
    titleKey: 'registry.indicator.income.title',
    definitionKey: 'registry.indicator.income.definition',
    // Stored in tiyn; published in tenge.
    compute: (db) => byReportYear(db, sql<number>`sum(r.income_total) / 100.0`),
  },
  {
    id: 'registry.socialEnterprises',
    module: 'registry',
    unit: 'count',
    titleKey: 'registry.indicator.socialEnterprises.title',
    definitionKey: 'registry.indicator.socialEnterprises.definition',
    async compute(db) {
      const rows = await sql<{ region: string; year: number; value: number }>`
        select o.region, s.list_year as year, count(*)::int as value
        from social_entrepreneurs s join organizations o on o.bin = s.bin
        where s.status = 'approved' group by o.region, s.list_year`.execute(db);
      return withNationalSums(
        rows.rows.map((r) => ({
          region: r.region as IndicatorValue['region'],
          year: Number(r.year),
          value: Number(r.value),
        })),
      );
    },
  },
];

export function registerRegistryOpenData(app: FastifyInstance): void {
  app.openData.addDataset({
    id: 'organizations',
    module: 'registry',
    titleKey: 'registry.dataset.organizations.title',
    descriptionKey: 'registry.dataset.organizations.description',
    columns: EXPORT_COLUMNS,
    batches: (db) =>
      (async function* () {
        for await (const rows of keysetBatches(
          (after: string, n) => exportBatch(db, after, n),
          (r) => r.bin,
          '',
        ))
          yield rows.map((r) => csvRecord(r) as OpenRow);
      })(),
    async stats(db) {
      const r = await sql<{
        n: number;
        at: Date | null;
      }>`select count(*)::int as n, max(updated_at) as at from organizations`.execute(db);
      return { records: Number(r.rows[0].n), updatedAt: r.rows[0].at ? new Date(r.rows[0].at) : null };
    },
    extra: [
      { format: 'CSV', href: '/open-data/registry-by-region.csv', labelKey: 'registry.dataset.byRegion' },
      { format: 'CSV', href: '/open-data/registry-by-year.csv', labelKey: 'registry.dataset.byYear' },
    ],
  });
  for (const i of registryIndicators) app.openData.addIndicator(i);
}
