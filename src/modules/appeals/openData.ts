/** What the reception publishes as open data: per-body yearly figures and two indicators (no personal data). */
import type { FastifyInstance } from 'fastify';
import type { IndicatorValue, OpenRow } from '../../platform/opendata/catalogue.ts';
import type { RegionCode } from '../../reference/index.ts';
import { onTimePercent, todayIn } from './domain.ts';
import { appealYears, bodyRecords, lastAppealUpdate, listStateBodies, regionYearRecords } from './repository/index.ts';
import type { Db } from '../../platform/db/schema.ts';

export const STATISTICS_COLUMNS = [
  'year',
  'body_code',
  'body_kind',
  'region',
  'name_kk',
  'name_ru',
  'name_en',
  'received',
  'answered',
  'answered_on_time',
  'answered_on_time_percent',
  'overdue',
  'average_rating',
] as const;

/** One row per body and year with at least one appeal, oldest year first. */
export async function statisticsRows(db: Db, now = new Date()): Promise<OpenRow[]> {
  const d = db;
  const today = todayIn(now);
  const bodies = await listStateBodies(d);
  const out: OpenRow[] = [];
  for (const year of (await appealYears(d)).reverse()) {
    const records = await bodyRecords(d, year, today);
    for (const b of bodies) {
      const r = records.get(b.id);
      if (!r) continue;
      out.push({
        year,
        body_code: b.code,
        body_kind: b.kind,
        region: b.region,
        name_kk: b.name_kk,
        name_ru: b.name_ru,
        name_en: b.name_en,
        received: r.received,
        answered: r.answered,
        answered_on_time: r.answeredOnTime,
        answered_on_time_percent: onTimePercent(r),
        overdue: r.overdue,
        average_rating: r.averageRating,
      });
    }
  }
  return out;
}

/** Appeals received per region of the addressed body and year; null region = all bodies (the national figure). */
export async function receivedIndicator(db: Db, now = new Date()): Promise<IndicatorValue[]> {
  const rows = await regionYearRecords(db, todayIn(now));
  const national = new Map<number, number>();
  const out: IndicatorValue[] = [];
  for (const r of rows) {
    national.set(r.year, (national.get(r.year) ?? 0) + r.received);
    if (r.region) out.push({ region: r.region as RegionCode, year: r.year, value: r.received });
  }
  for (const [year, value] of national) out.push({ region: null, year, value });
  return out;
}

/**
 * Percent of appeals answered within the deadline, among those whose outcome is known (answered,
 * or past the due date), per region of the body and year; null region = all bodies.
 */
export async function onTimeIndicator(db: Db, now = new Date()): Promise<IndicatorValue[]> {
  const rows = await regionYearRecords(db, todayIn(now));
  const national = new Map<number, { onTime: number; decided: number }>();
  const out: IndicatorValue[] = [];
  const pct = (onTime: number, decided: number) => Math.round((1000 * onTime) / decided) / 10;
  for (const r of rows) {
    const n = national.get(r.year) ?? { onTime: 0, decided: 0 };
    n.onTime += r.onTime;
    n.decided += r.decided;
    national.set(r.year, n);
    if (r.region && r.decided > 0)
      out.push({ region: r.region as RegionCode, year: r.year, value: pct(r.onTime, r.decided) });
  }
  for (const [year, n] of national)
    if (n.decided > 0) out.push({ region: null, year, value: pct(n.onTime, n.decided) });
  return out;
}

export function registerOpenData(app: FastifyInstance) {
  app.openData.addDataset({
    id: 'appeals-statistics',
    module: 'appeals',
    titleKey: 'appeals.openData.statistics.title',
    descriptionKey: 'appeals.openData.statistics.description',
    columns: STATISTICS_COLUMNS,
    async *batches(db) {
      const rows = await statisticsRows(db);
      for (let i = 0; i < rows.length; i += 500) yield rows.slice(i, i + 500);
    },
    async stats(db) {
      const updatedAt = await lastAppealUpdate(db);
      return { records: (await statisticsRows(db)).length, updatedAt };
    },
  });
  app.openData.addIndicator({
    id: 'appeals.received',
    module: 'appeals',
    titleKey: 'appeals.openData.received.title',
    definitionKey: 'appeals.openData.received.definition',
    unit: 'count',
    compute: (db) => receivedIndicator(db),
  });
  app.openData.addIndicator({
    id: 'appeals.answeredOnTime',
    module: 'appeals',
    titleKey: 'appeals.openData.answeredOnTime.title',
    definitionKey: 'appeals.openData.answeredOnTime.definition',
    unit: 'percent',
    compute: (db) => onTimeIndicator(db),
  });
}
