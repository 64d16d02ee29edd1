/**
 * What the registry publishes into the open-data catalogue: the organisations dataset (served by
 * the registry's own /open-data/organizations.csv|json routes) and the indicators of the Concept's
 * expected results that the annual reports and the social-entrepreneur list measure.
 */
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
import {
  EXPORT_COLUMNS,
  exportBatch,
  organizationStats,
  reportsByRegionYear,
  socialEnterprisesByRegionYear,
  type ReportMeasure,
} from './repository/index.ts';

/** The national figure is the sum of the regions'. */
const national = (rows: { region: string; year: number; value: number }[]) =>
  withNationalSums(rows.map((r) => ({ ...r, region: r.region as IndicatorValue['region'] })));
const byReportYear = async (db: Db, measure: ReportMeasure) => national(await reportsByRegionYear(db, measure));

export const registryIndicators: IndicatorSpec[] = [
  {
    id: 'registry.activeNgos',
    module: 'registry',
    unit: 'count',
    titleKey: 'registry.indicator.activeNgos.title',
    definitionKey: 'registry.indicator.activeNgos.definition',
    compute: (db) => byReportYear(db, 'reports'),
  },
  {
    id: 'registry.staff',
    module: 'registry',
    unit: 'count',
    titleKey: 'registry.indicator.staff.title',
    definitionKey: 'registry.indicator.staff.definition',
    compute: (db) => byReportYear(db, 'staff'),
  },
  {
    id: 'registry.reportedVolunteers',
    module: 'registry',
    unit: 'count',
    titleKey: 'registry.indicator.reportedVolunteers.title',
    definitionKey: 'registry.indicator.reportedVolunteers.definition',
    compute: (db) => byReportYear(db, 'volunteers'),
  },
  {
    id: 'registry.beneficiaries',
    module: 'registry',
    unit: 'count',
    titleKey: 'registry.indicator.beneficiaries.title',
    definitionKey: 'registry.indicator.beneficiaries.definition',
    compute: (db) => byReportYear(db, 'beneficiaries'),
  },
  {
    id: 'registry.income',
    module: 'registry',
    unit: 'tenge',
    titleKey: 'registry.indicator.income.title',
    definitionKey: 'registry.indicator.income.definition',
    // Stored in tiyn; published in tenge.
    compute: (db) => byReportYear(db, 'income'),
  },
  {
    id: 'registry.socialEnterprises',
    module: 'registry',
    unit: 'count',
    titleKey: 'registry.indicator.socialEnterprises.title',
    definitionKey: 'registry.indicator.socialEnterprises.definition',
    compute: async (db) => national(await socialEnterprisesByRegionYear(db)),
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
    stats: (db) => organizationStats(db),
    extra: [
      { format: 'CSV', href: '/open-data/registry-by-region.csv', labelKey: 'registry.dataset.byRegion' },
      { format: 'CSV', href: '/open-data/registry-by-year.csv', labelKey: 'registry.dataset.byYear' },
    ],
  });
  for (const i of registryIndicators) app.openData.addIndicator(i);
}
