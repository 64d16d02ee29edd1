/** What the forum publishes as open data: recommendations, the action plan, and the on-time indicator. */
import type { IndicatorValue, OpenDataCatalogue } from '../../platform/opendata/index.ts';
import { keysetBatches, type Db } from '../../platform/opendata/index.ts';
import type { RegionCode } from '../../reference/index.ts';
import { isOverdue, percentDoneOnTime } from './domain.ts';
import { allItemsForIndicator, itemExportBatch, recommendationExportBatch, tableStats } from './repository/index.ts';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

export const RECOMMENDATION_COLUMNS = [
  'id',
  'forum_id',
  'forum_year',
  'forum_kind',
  'forum_region',
  'number',
  'topic',
  'text_kk',
  'text_ru',
  'text_en',
  'adopted_at',
  'action_plan_items',
] as const;
export const ITEM_COLUMNS = [
  'id',
  'forum_id',
  'number',
  'title_kk',
  'title_ru',
  'title_en',
  'topic',
  'region',
  'responsible_body',
  'deadline',
  'status',
  'overdue',
  'done_at',
  'status_note',
  'recommendations',
  'evidence',
] as const;

/** Percent of due items done on time, by deadline year: nationally (all items) and per region (regional items). */
export async function actionPlanDoneIndicator(db: Db, now = new Date()): Promise<IndicatorValue[]> {
  const items = await allItemsForIndicator(db);
  const out: IndicatorValue[] = percentDoneOnTime(items, now).map((v) => ({
    region: null,
    year: v.year,
    value: v.value,
  }));
  const regions = [...new Set(items.map((i) => i.region).filter((r): r is string => !!r))].sort();
  for (const r of regions)
    for (const v of percentDoneOnTime(
      items.filter((i) => i.region === r),
      now,
    ))
      out.push({ region: r as RegionCode, year: v.year, value: v.value });
  return out.sort((a, b) => a.year - b.year || String(a.region).localeCompare(String(b.region)));
}

export function registerForumOpenData(catalogue: OpenDataCatalogue) {
  catalogue.addDataset({
    id: 'forum-recommendations',
    module: 'forum',
    titleKey: 'forum.openData.recommendations',
    descriptionKey: 'forum.openData.recommendationsDescription',
    columns: RECOMMENDATION_COLUMNS,
    batches: (db) =>
      (async function* () {
        for await (const rows of keysetBatches(
          (after, n) => recommendationExportBatch(db, after, n),
          (r) => r.id,
          '',
        )) {
          yield rows.map((r) => ({
            id: r.id,
            forum_id: r.forum_id,
            forum_year: r.year,
            forum_kind: r.kind,
            forum_region: r.region,
            number: r.number,
            topic: r.topic,
            text_kk: r.text_kk,
            text_ru: r.text_ru,
            text_en: r.text_en,
            adopted_at: iso(r.adopted_at),
            action_plan_items: r.items ?? null,
          }));
        }
      })(),
    stats: (db) => tableStats(db, 'forum_recommendations'),
  });
  catalogue.addDataset({
    id: 'action-plan',
    module: 'forum',
    titleKey: 'forum.openData.plan',
    descriptionKey: 'forum.openData.planDescription',
    columns: ITEM_COLUMNS,
    batches: (db) =>
      (async function* () {
        const now = new Date();
        for await (const rows of keysetBatches(
          (after, n) => itemExportBatch(db, after, n),
          (r) => r.id,
          '',
        )) {
          yield rows.map((i) => ({
            id: i.id,
            forum_id: i.forum_id,
            number: i.number,
            title_kk: i.title_kk,
            title_ru: i.title_ru,
            title_en: i.title_en,
            topic: i.topic,
            region: i.region,
            responsible_body: i.body_code,
            deadline: i.deadline,
            status: i.status,
            overdue: isOverdue(i, now),
            done_at: iso(i.done_at),
            status_note: i.status_note,
            recommendations: i.recommendations ?? null,
            evidence: Number(i.evidence ?? 0),
          }));
        }
      })(),
    stats: (db) => tableStats(db, 'action_plan_items'),
  });
  catalogue.addIndicator({
    id: 'forum.actionPlanDone',
    module: 'forum',
    titleKey: 'forum.indicator.done',
    definitionKey: 'forum.indicator.doneDefinition',
    unit: 'percent',
    compute: (db) => actionPlanDoneIndicator(db),
  });
}
