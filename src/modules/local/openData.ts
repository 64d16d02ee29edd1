/**
 * What local participation publishes as open data: the cycles and proposals (what is public on
 * the pages), the assessments as aggregates only (no person, no comment), and two indicators.
 */
import type { IndicatorValue, OpenDataCatalogue } from '../../platform/opendata/index.ts';
import { keysetBatches, type Db } from '../../platform/opendata/index.ts';
import type { RegionCode } from '../../reference/index.ts';
import { averageScore } from './domain.ts';
import {
  assessmentAggregates,
  ballotsByRegionYear,
  cycleExportBatch,
  datasetStats,
  proposalExportBatch,
  scoresByRegionYear,
} from './repository/index.ts';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export const CYCLE_COLUMNS = [
  'id',
  'state_body',
  'region',
  'district',
  'year',
  'title_kk',
  'title_ru',
  'title_en',
  'budget_tenge',
  'max_choices',
  'status',
  'ballots',
  'results_at',
] as const;
export const PROPOSAL_COLUMNS = [
  'id',
  'cycle_id',
  'region',
  'year',
  'title',
  'location',
  'cost_tenge',
  'status',
  'review_reason',
  'votes',
  'implementation',
  'submitted_at',
] as const;
export const ASSESSMENT_COLUMNS = [
  'state_body',
  'region',
  'period',
  'ratings',
  'average',
  'score_1',
  'score_2',
  'score_3',
  'score_4',
  'score_5',
] as const;

/** Ballots cast per region (of declared residence) and year, with the national total. */
export async function ballotsIndicator(db: Db): Promise<IndicatorValue[]> {
  const rows = await ballotsByRegionYear(db);
  const national = new Map<number, number>();
  for (const r of rows) national.set(r.year, (national.get(r.year) ?? 0) + r.n);
  return [
    ...rows.map((r) => ({ region: r.region as RegionCode, year: r.year, value: r.n })),
    ...[...national].map(([year, value]) => ({ region: null, year, value })),
  ].sort((a, b) => a.year - b.year || String(a.region).localeCompare(String(b.region)));
}

/** Average assessment score per region (of the body) and year, and nationally (over all ratings). */
export async function scoreIndicator(db: Db): Promise<IndicatorValue[]> {
  const rows = await scoresByRegionYear(db);
  const national = new Map<number, { n: number; sum: number }>();
  for (const r of rows) {
    const x = national.get(r.year) ?? { n: 0, sum: 0 };
    national.set(r.year, { n: x.n + r.n, sum: x.sum + r.sum });
  }
  return [
    ...rows
      .filter((r) => r.region)
      .map((r) => ({ region: r.region as RegionCode, year: r.year, value: averageScore(r.sum, r.n)! })),
    ...[...national].map(([year, x]) => ({ region: null, year, value: averageScore(x.sum, x.n)! })),
  ].sort((a, b) => a.year - b.year || String(a.region).localeCompare(String(b.region)));
}

export function registerLocalOpenData(catalogue: OpenDataCatalogue) {
  catalogue.addDataset({
    id: 'budget-cycles',
    module: 'local',
    titleKey: 'local.openData.cycles',
    descriptionKey: 'local.openData.cyclesDescription',
    columns: CYCLE_COLUMNS,
    batches: (db) =>
      (async function* () {
        for await (const rows of keysetBatches(
          (after, n) => cycleExportBatch(db, after, n),
          (r) => r.id,
          '',
        )) {
          yield rows.map((c) => ({
            id: c.id,
            state_body: c.body_code,
            region: c.region,
            district: c.district,
            year: c.year,
            title_kk: c.title_kk,
            title_ru: c.title_ru,
            title_en: c.title_en,
            budget_tenge: c.budget / 100,
            max_choices: c.max_choices,
            status: c.status,
            ballots: c.ballots,
            results_at: iso(c.results_at),
          }));
        }
      })(),
    stats: (db) => datasetStats(db, 'budget_cycles'),
  });
  catalogue.addDataset({
    id: 'budget-proposals',
    module: 'local',
    titleKey: 'local.openData.proposals',
    descriptionKey: 'local.openData.proposalsDescription',
    columns: PROPOSAL_COLUMNS,
    batches: (db) =>
      (async function* () {
        for await (const rows of keysetBatches(
          (after, n) => proposalExportBatch(db, after, n),
          (r) => r.id,
          '',
        )) {
          yield rows.map((p) => ({
            id: p.id,
            cycle_id: p.cycle_id,
            region: p.region,
            year: p.year,
            title: p.title,
            location: p.location,
            cost_tenge: p.cost / 100,
            status: p.status,
            review_reason: p.review_reason,
            votes: p.votes,
            implementation: p.implementation,
            submitted_at: iso(p.created_at),
          }));
        }
      })(),
    stats: (db) => datasetStats(db, 'budget_proposals'),
  });
  catalogue.addDataset({
    id: 'local-assessments',
    module: 'local',
    titleKey: 'local.openData.assessments',
    descriptionKey: 'local.openData.assessmentsDescription',
    columns: ASSESSMENT_COLUMNS,
    batches: (db) =>
      (async function* () {
        const rows = await assessmentAggregates(db);
        yield rows.map((a) => ({
          state_body: a.code,
          region: a.region,
          period: a.period,
          ratings: a.count,
          average: averageScore(a.sum, a.count),
          score_1: a.distribution[0],
          score_2: a.distribution[1],
          score_3: a.distribution[2],
          score_4: a.distribution[3],
          score_5: a.distribution[4],
        }));
      })(),
    stats: (db) => datasetStats(db, 'local_assessments'),
  });
  catalogue.addIndicator({
    id: 'local.ballots',
    module: 'local',
    titleKey: 'local.indicator.ballots',
    definitionKey: 'local.indicator.ballotsDefinition',
    unit: 'count',
    compute: ballotsIndicator,
  });
  catalogue.addIndicator({
    id: 'local.assessmentScore',
    module: 'local',
    titleKey: 'local.indicator.score',
    definitionKey: 'local.indicator.scoreDefinition',
    unit: 'score',
    compute: scoreIndicator,
  });
}
