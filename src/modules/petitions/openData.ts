/**
 * Open data of the petitions module: the `initiatives` dataset (no personal data: no signer names,
 * no author), the `initiatives` feed, the indicators `petitions.signatures` and
 * `petitions.answeredOnTime`, and the SDG contributor `initiatives` (through each initiative's area).
 */
import { almatyDate, param, type RegionCode } from '../../reference/index.ts';
import type { IndicatorValue, OpenDataCatalogue, OpenRow } from '../../platform/opendata/catalogue.ts';
import { keysetBatches } from '../../platform/opendata/stream.ts';
import { answeredOnTime, effectiveStatus, isPast } from './domain.ts';
import { addresseeName } from './presenters.ts';
import {
  answerDeadlines,
  listedBatch,
  listedInAreas,
  listedStats,
  newestCollecting,
  receivedBy,
  signaturesByRegionYear,
  type Db,
  type InitiativeRow,
} from './repository/index.ts';

export const DATASET_COLUMNS = [
  'id',
  'title',
  'language',
  'addressee',
  'region',
  'area',
  'status',
  'threshold',
  'signature_count',
  'collecting_from',
  'collection_ends',
  'threshold_reached_at',
  'answer_due',
  'answered_at',
  'answer_decision',
  'answered_on_time',
  'url',
] as const;

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function datasetRow(r: InitiativeRow, now: Date): OpenRow {
  return {
    id: r.id,
    title: r.title,
    language: r.language,
    addressee: r.addressee_code,
    region: r.region,
    area: r.area,
    status: effectiveStatus({ status: r.status, collectionEnds: r.collection_ends }, now),
    threshold: r.threshold,
    signature_count: r.signature_count,
    collecting_from: iso(r.collecting_from),
    collection_ends: r.collection_ends,
    threshold_reached_at: iso(r.threshold_reached_at),
    answer_due: r.answer_due,
    answered_at: iso(r.answered_at),
    answer_decision: r.answer_decision,
    answered_on_time: answeredOnTime({ answerDue: r.answer_due, answeredAt: r.answered_at }),
    url: `/kk/initiatives/${r.id}`,
  };
}

/** Signatures by the region of the initiative's addressee and Almaty year (national: every initiative). */
export async function signaturesIndicator(db: Db): Promise<IndicatorValue[]> {
  const rows = await signaturesByRegionYear(db);
  const national = new Map<number, number>();
  const out: IndicatorValue[] = [];
  for (const r of rows) {
    national.set(r.year, (national.get(r.year) ?? 0) + r.n);
    if (r.region) out.push({ region: r.region as RegionCode, year: r.year, value: r.n });
  }
  for (const [year, value] of national) out.push({ region: null, year, value });
  return out.sort((a, b) => a.year - b.year || String(a.region).localeCompare(String(b.region)));
}

/**
 * Percent of initiatives answered within the deadline, by the year their answer was due: of those
 * due that year and either answered or past due, the share answered on time (national and by region).
 */
export async function answeredOnTimeIndicator(db: Db, now = new Date()): Promise<IndicatorValue[]> {
  const rows = await answerDeadlines(db);
  const acc = new Map<string, { region: string | null; year: number; due: number; onTime: number }>();
  const add = (region: string | null, year: number, onTime: boolean) => {
    const k = `${region}/${year}`;
    const a = acc.get(k) ?? { region, year, due: 0, onTime: 0 };
    a.due++;
    if (onTime) a.onTime++;
    acc.set(k, a);
  };
  for (const r of rows) {
    const answered = !!r.answered_at;
    if (!answered && !isPast(r.answer_due, now)) continue;
    const year = Number(r.answer_due!.slice(0, 4));
    const onTime = answered && almatyDate(new Date(r.answered_at!)) <= r.answer_due!;
    add(null, year, onTime);
    if (r.region) add(r.region, year, onTime);
  }
  return [...acc.values()]
    .map((a) => ({
      region: a.region as RegionCode | null,
      year: a.year,
      value: Math.round((a.onTime * 1000) / a.due) / 10,
    }))
    .sort((a, b) => a.year - b.year || String(a.region).localeCompare(String(b.region)));
}

/**
 * For the appeals scorecard and the local-assessment page: initiatives that reached their threshold
 * in `year` addressed to a state body (received for an answer), how many are answered, answered on
 * time, and overdue (answered late, or unanswered with the deadline passed).
 */
export async function bodyInitiativeRecord(
  db: Db,
  stateBodyId: string,
  year: number,
  now = new Date(),
): Promise<{ received: number; answered: number; answeredOnTime: number; overdue: number }> {
  const rows = await receivedBy(db, stateBodyId);
  let received = 0;
  let answered = 0;
  let onTime = 0;
  let overdue = 0;
  for (const r of rows) {
    if (Number(almatyDate(new Date(r.threshold_reached_at!)).slice(0, 4)) !== year) continue;
    received++;
    if (r.answered_at) {
      answered++;
      if (answeredOnTime({ answerDue: r.answer_due, answeredAt: new Date(r.answered_at) })) onTime++;
      else overdue++;
    } else if (isPast(r.answer_due, now)) overdue++;
  }
  return { received, answered, answeredOnTime: onTime, overdue };
}

export function registerOpenData(catalogue: OpenDataCatalogue) {
  catalogue.addDataset({
    id: 'initiatives',
    module: 'petitions',
    titleKey: 'petitions.openData.title',
    descriptionKey: 'petitions.openData.description',
    columns: DATASET_COLUMNS,
    batches(db) {
      const now = new Date();
      const min = param('petition.publicListingMin', now);
      return (async function* () {
        for await (const rows of keysetBatches(
          (after: string, n) => listedBatch(db, min, after, n),
          (r) => r.id,
          '00000000-0000-0000-0000-000000000000',
        )) {
          yield rows.map((r) => datasetRow(r, now));
        }
      })();
    },
    stats: (db) => listedStats(db, param('petition.publicListingMin', new Date())),
  });

  catalogue.addFeed({
    id: 'initiatives',
    module: 'petitions',
    titleKey: 'petitions.feed.title',
    async entries(db, locale, limit) {
      const rows = await newestCollecting(db, param('petition.publicListingMin', new Date()), limit);
      return rows.map((r) => ({
        id: `/initiatives/${r.id}`,
        title: r.title,
        summary: `${addresseeName(r.addressee_code, locale)} — ${r.body.slice(0, 280)}`,
        href: `/${locale}/initiatives/${r.id}`,
        updated: new Date(r.updated_at),
        published: r.collecting_from ? new Date(r.collecting_from) : undefined,
      }));
    },
  });

  catalogue.addIndicator({
    id: 'petitions.signatures',
    module: 'petitions',
    titleKey: 'petitions.indicator.signatures.title',
    definitionKey: 'petitions.indicator.signatures.definition',
    unit: 'count',
    compute: (db) => signaturesIndicator(db),
  });
  catalogue.addIndicator({
    id: 'petitions.answeredOnTime',
    module: 'petitions',
    titleKey: 'petitions.indicator.answeredOnTime.title',
    definitionKey: 'petitions.indicator.answeredOnTime.definition',
    unit: 'percent',
    compute: (db) => answeredOnTimeIndicator(db),
  });

  catalogue.addSdgContributor({
    kind: 'initiatives',
    module: 'petitions',
    labelKey: 'petitions.sdg.initiatives',
    async list(db, q) {
      if (!q.areas.length) return [];
      const rows = await listedInAreas(db, param('petition.publicListingMin', new Date()), [...q.areas], q.limit);
      return rows.map((r) => ({ title: r.title, href: `/${q.locale}/initiatives/${r.id}` }));
    },
  });
}
