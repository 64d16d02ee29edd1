/**
 * What volunteering and charity publish as open data: datasets (no personal data: volunteers only
 * in aggregates, anonymous donors never named), indicators for the monitoring dashboard, and the
 * items that contribute to the SDGs.
 */
import { sql } from 'kysely';
import { almatyDate, type RegionCode } from '../../reference/index.ts';
import type {
  DatasetSpec,
  IndicatorSpec,
  IndicatorValue,
  OpenRow,
  SdgContributor,
} from '../../platform/opendata/catalogue.ts';
import { keysetBatches } from '../../platform/opendata/stream.ts';
import { campaignPhase, reportOverdue } from './domain.ts';
import { type Db } from './repository.ts';

/** The Almaty civil date or month of a timestamptz column (UTC+5, the country's one time zone). */
const almatyDay = (col: string) =>
  sql<string>`to_char((${sql.ref(col)} at time zone 'UTC') + interval '5 hours', 'YYYY-MM-DD')`;
const almatyMonth = (col: string) =>
  sql<string>`to_char((${sql.ref(col)} at time zone 'UTC') + interval '5 hours', 'YYYY-MM')`;
const almatyYear = (col: string) =>
  sql<number>`extract(year from (${sql.ref(col)} at time zone 'UTC') + interval '5 hours')::int`;

async function* chunks<T>(rows: T[], size = 1000): AsyncIterable<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

// ------------------------------------------------------------------ datasets

export const OPPORTUNITY_COLUMNS = [
  'id',
  'title',
  'organizer_type',
  'organizer_id',
  'organizer_name_kk',
  'organizer_name_ru',
  'area',
  'online',
  'region',
  'settlement',
  'starts_on',
  'ends_on',
  'places',
  'skills',
  'min_age',
  'max_age',
  'status',
  'created_at',
] as const;

export async function opportunityRows(db: Db, after: string, limit: number): Promise<OpenRow[]> {
  const rows = await db
    .selectFrom('volunteer_opportunities as o')
    .leftJoin('organizations as org', (j) =>
      j.on('o.organizer_type', '=', 'organization').onRef('org.bin', '=', 'o.organizer_id'),
    )
    .leftJoin('state_bodies as sb', (j) =>
      j.on('o.organizer_type', '=', 'state_body').on(sql`sb.id::text`, '=', sql.ref('o.organizer_id')),
    )
    .select([
      'o.id',
      'o.title',
      'o.organizer_type',
      'o.organizer_id',
      'o.area',
      'o.online',
      'o.region',
      'o.settlement',
      'o.starts_on',
      'o.ends_on',
      'o.places',
      'o.skills',
      'o.min_age',
      'o.max_age',
      'o.status',
      'o.created_at',
      sql<string>`coalesce(org.name_kk, sb.name_kk, '')`.as('organizer_name_kk'),
      sql<string>`coalesce(org.name_ru, sb.name_ru, '')`.as('organizer_name_ru'),
    ])
    .where(sql`o.id::text`, '>', after)
    .orderBy(sql`o.id::text`)
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, created_at: new Date(r.created_at).toISOString() }));
}

export const HOURS_COLUMNS = [
  'organizer_type',
  'organizer_id',
  'organizer_name_kk',
  'organizer_name_ru',
  'month',
  'volunteers',
  'participations',
  'hours',
] as const;

/** Confirmed hours per organiser and Almaty month: counts only, no volunteer is named. */
export async function volunteerHoursRows(db: Db): Promise<OpenRow[]> {
  const rows = await db
    .selectFrom('volunteer_applications as a')
    .innerJoin('volunteer_opportunities as o', 'o.id', 'a.opportunity_id')
    .leftJoin('organizations as org', (j) =>
      j.on('o.organizer_type', '=', 'organization').onRef('org.bin', '=', 'o.organizer_id'),
    )
    .leftJoin('state_bodies as sb', (j) =>
      j.on('o.organizer_type', '=', 'state_body').on(sql`sb.id::text`, '=', sql.ref('o.organizer_id')),
    )
    .select([
      'o.organizer_type',
      'o.organizer_id',
      sql<string>`min(coalesce(org.name_kk, sb.name_kk, ''))`.as('organizer_name_kk'),
      sql<string>`min(coalesce(org.name_ru, sb.name_ru, ''))`.as('organizer_name_ru'),
      almatyMonth('a.confirmed_at').as('month'),
      sql<number>`count(distinct a.user_id)::int`.as('volunteers'),
      sql<number>`count(*)::int`.as('participations'),
      sql<number>`sum(a.hours_tenths)::int`.as('tenths'),
    ])
    .where('a.status', '=', 'completed')
    .groupBy(['o.organizer_type', 'o.organizer_id', sql`5`])
    .orderBy('o.organizer_type')
    .orderBy('o.organizer_id')
    .orderBy(sql`5`)
    .execute();
  return rows.map(({ tenths, ...r }) => ({
    ...r,
    volunteers: Number(r.volunteers),
    participations: Number(r.participations),
    hours: Number(tenths) / 10,
  }));
}

export const CAMPAIGN_COLUMNS = [
  'id',
  'bin',
  'organization_name_kk',
  'organization_name_ru',
  'title',
  'area',
  'region',
  'goal_tiyn',
  'raised_tiyn',
  'donors',
  'starts_on',
  'ends_on',
  'phase',
  'report_overdue',
  'report_spent_tiyn',
  'report_published_at',
] as const;

export async function campaignRows(db: Db, after: string, limit: number, today: string): Promise<OpenRow[]> {
  const rows = await db
    .selectFrom('charity_campaigns as c')
    .innerJoin('organizations as org', 'org.bin', 'c.bin')
    .select([
      'c.id',
      'c.bin',
      'org.name_kk as organization_name_kk',
      'org.name_ru as organization_name_ru',
      'c.title',
      'c.area',
      'c.region',
      'c.goal_tiyn',
      'c.raised_tiyn',
      'c.donors',
      'c.starts_on',
      'c.ends_on',
      'c.status',
      'c.closed_at',
      'c.report_spent_tiyn',
      'c.report_published_at',
    ])
    .where(sql`c.id::text`, '>', after)
    .orderBy(sql`c.id::text`)
    .limit(limit)
    .execute();
  return rows.map(({ status, closed_at, ...r }) => ({
    ...r,
    goal_tiyn: Number(r.goal_tiyn),
    raised_tiyn: Number(r.raised_tiyn),
    donors: Number(r.donors),
    report_spent_tiyn: r.report_spent_tiyn === null ? null : Number(r.report_spent_tiyn),
    phase: campaignPhase({ status, starts_on: r.starts_on, ends_on: r.ends_on }, today),
    report_overdue: reportOverdue({ status, starts_on: r.starts_on, ends_on: r.ends_on, closed_at }, today),
    report_published_at: r.report_published_at ? new Date(r.report_published_at).toISOString() : null,
  }));
}

export const DONATION_COLUMNS = ['campaign_id', 'bin', 'date', 'donations', 'amount_tiyn'] as const;

/** Confirmed donations per campaign and Almaty day: sums only, so no donor (anonymous or not) is named. */
export async function donationRows(db: Db): Promise<OpenRow[]> {
  const rows = await db
    .selectFrom('charity_donations as d')
    .innerJoin('charity_campaigns as c', 'c.id', 'd.campaign_id')
    .select([
      'd.campaign_id',
      'c.bin',
      almatyDay('d.confirmed_at').as('date'),
      sql<number>`count(*)::int`.as('donations'),
      sql<number>`sum(d.amount_tiyn)`.as('amount_tiyn'),
    ])
    .groupBy(['d.campaign_id', 'c.bin', sql`3`])
    .orderBy('d.campaign_id')
    .orderBy(sql`3`)
    .execute();
  return rows.map((r) => ({ ...r, donations: Number(r.donations), amount_tiyn: Number(r.amount_tiyn) }));
}

const latest = async (db: Db, table: 'volunteer_opportunities' | 'charity_campaigns') => {
  const col = table === 'volunteer_opportunities' ? 'updated_at' : 'created_at';
  const r = await db
    .selectFrom(table)
    .select([sql<number>`count(*)::int`.as('n'), sql<Date | null>`max(${sql.ref(col)})`.as('at')])
    .executeTakeFirstOrThrow();
  return { records: Number(r.n), updatedAt: r.at ? new Date(r.at) : null };
};

export function datasets(): DatasetSpec[] {
  return [
    {
      id: 'opportunities',
      module: 'volunteering',
      titleKey: 'volunteering.openData.opportunities.title',
      descriptionKey: 'volunteering.openData.opportunities.description',
      columns: OPPORTUNITY_COLUMNS,
      batches: (db) =>
        keysetBatches(
          (after: string, n) => opportunityRows(db, after, n),
          (r) => String(r.id),
          '',
        ),
      stats: (db) => latest(db, 'volunteer_opportunities'),
    },
    {
      id: 'volunteer-hours',
      module: 'volunteering',
      titleKey: 'volunteering.openData.hours.title',
      descriptionKey: 'volunteering.openData.hours.description',
      columns: HOURS_COLUMNS,
      batches: (db) =>
        (async function* () {
          yield* chunks(await volunteerHoursRows(db));
        })(),
      stats: async (db) => {
        const r = await db
          .selectFrom('volunteer_applications')
          .select([sql<Date | null>`max(confirmed_at)`.as('at')])
          .where('status', '=', 'completed')
          .executeTakeFirstOrThrow();
        return { records: (await volunteerHoursRows(db)).length, updatedAt: r.at ? new Date(r.at) : null };
      },
    },
    {
      id: 'campaigns',
      module: 'volunteering',
      titleKey: 'volunteering.openData.campaigns.title',
      descriptionKey: 'volunteering.openData.campaigns.description',
      columns: CAMPAIGN_COLUMNS,
      batches: (db) => {
        const today = almatyDate(new Date());
        return keysetBatches(
          (after: string, n) => campaignRows(db, after, n, today),
          (r) => String(r.id),
          '',
        );
      },
      stats: (db) => latest(db, 'charity_campaigns'),
    },
    {
      id: 'donations',
      module: 'volunteering',
      titleKey: 'volunteering.openData.donations.title',
      descriptionKey: 'volunteering.openData.donations.description',
      columns: DONATION_COLUMNS,
      batches: (db) =>
        (async function* () {
          yield* chunks(await donationRows(db));
        })(),
      stats: async (db) => {
        const r = await db
          .selectFrom('charity_donations')
          .select([sql<Date | null>`max(confirmed_at)`.as('at')])
          .executeTakeFirstOrThrow();
        return { records: (await donationRows(db)).length, updatedAt: r.at ? new Date(r.at) : null };
      },
    },
  ];
}

// ---------------------------------------------------------------- indicators

/** Rows of (region, year, value) plus the national rows (region null). */
function values(
  byRegion: { region: string | null; year: number; v: number }[],
  national: { year: number; v: number }[],
  scale = 1,
): IndicatorValue[] {
  return [
    ...byRegion
      .filter((r) => r.region)
      .map((r) => ({ region: r.region as RegionCode, year: Number(r.year), value: Number(r.v) / scale })),
    ...national.map((r) => ({ region: null, year: Number(r.year), value: Number(r.v) / scale })),
  ];
}

const completed = (db: Db) =>
  db
    .selectFrom('volunteer_applications as a')
    .innerJoin('volunteer_opportunities as o', 'o.id', 'a.opportunity_id')
    .leftJoin('volunteer_profiles as p', 'p.user_id', 'a.user_id')
    .where('a.status', '=', 'completed');

/** Distinct volunteers with confirmed hours, by the volunteer's region (else the activity's) and the Almaty year of confirmation. */
export async function volunteersIndicator(db: Db): Promise<IndicatorValue[]> {
  const year = almatyYear('a.confirmed_at');
  const [byRegion, national] = await Promise.all([
    completed(db)
      .select([
        sql<string | null>`coalesce(p.region, o.region)`.as('region'),
        year.as('year'),
        sql<number>`count(distinct a.user_id)::int`.as('v'),
      ])
      .groupBy([sql`1`, sql`2`])
      .execute(),
    completed(db)
      .select([year.as('year'), sql<number>`count(distinct a.user_id)::int`.as('v')])
      .groupBy(sql`1`)
      .execute(),
  ]);
  return values(byRegion, national);
}

/** Confirmed hours, by the activity's region (online: the volunteer's) and the Almaty year of confirmation. */
export async function hoursIndicator(db: Db): Promise<IndicatorValue[]> {
  const year = almatyYear('a.confirmed_at');
  const [byRegion, national] = await Promise.all([
    completed(db)
      .select([
        sql<string | null>`coalesce(o.region, p.region)`.as('region'),
        year.as('year'),
        sql<number>`sum(a.hours_tenths)::int`.as('v'),
      ])
      .groupBy([sql`1`, sql`2`])
      .execute(),
    completed(db)
      .select([year.as('year'), sql<number>`sum(a.hours_tenths)::int`.as('v')])
      .groupBy(sql`1`)
      .execute(),
  ]);
  return values(byRegion, national, 10);
}

/** Tenge donated (confirmed donations), by the campaign's region and the Almaty year of confirmation. */
export async function donationsIndicator(db: Db): Promise<IndicatorValue[]> {
  const year = almatyYear('d.confirmed_at');
  const base = () =>
    db.selectFrom('charity_donations as d').innerJoin('charity_campaigns as c', 'c.id', 'd.campaign_id');
  const [byRegion, national] = await Promise.all([
    base()
      .select(['c.region', year.as('year'), sql<number>`sum(d.amount_tiyn)`.as('v')])
      .groupBy([sql`1`, sql`2`])
      .execute(),
    base()
      .select([year.as('year'), sql<number>`sum(d.amount_tiyn)`.as('v')])
      .groupBy(sql`1`)
      .execute(),
  ]);
  return values(byRegion, national, 100);
}

export function indicators(): IndicatorSpec[] {
  return [
    {
      id: 'volunteering.volunteers',
      module: 'volunteering',
      titleKey: 'volunteering.indicator.volunteers.title',
      definitionKey: 'volunteering.indicator.volunteers.definition',
      unit: 'count',
      compute: (db) => volunteersIndicator(db),
    },
    {
      id: 'volunteering.confirmedHours',
      module: 'volunteering',
      titleKey: 'volunteering.indicator.hours.title',
      definitionKey: 'volunteering.indicator.hours.definition',
      unit: 'hours',
      compute: (db) => hoursIndicator(db),
    },
    {
      id: 'charity.donations',
      module: 'volunteering',
      titleKey: 'volunteering.indicator.donations.title',
      definitionKey: 'volunteering.indicator.donations.definition',
      unit: 'tenge',
      compute: (db) => donationsIndicator(db),
    },
  ];
}

// ----------------------------------------------------------------------- SDGs

export function sdgContributors(): SdgContributor[] {
  return [
    {
      kind: 'opportunities',
      module: 'volunteering',
      labelKey: 'volunteering.sdg.opportunities',
      async list(db, q) {
        if (!q.areas.length) return [];
        const rows = await db
          .selectFrom('volunteer_opportunities')
          .select(['id', 'title'])
          .where('area', 'in', [...q.areas])
          .where('status', '!=', 'cancelled')
          .orderBy('starts_on', 'desc')
          .orderBy('id')
          .limit(q.limit)
          .execute();
        return rows.map((r) => ({ title: r.title, href: `/${q.locale}/volunteering/${r.id}` }));
      },
    },
    {
      kind: 'campaigns',
      module: 'volunteering',
      labelKey: 'volunteering.sdg.campaigns',
      async list(db, q) {
        if (!q.areas.length) return [];
        const rows = await db
          .selectFrom('charity_campaigns')
          .select(['id', 'title'])
          .where('area', 'in', [...q.areas])
          .orderBy('ends_on', 'desc')
          .orderBy('id')
          .limit(q.limit)
          .execute();
        return rows.map((r) => ({ title: r.title, href: `/${q.locale}/charity/${r.id}` }));
      },
    },
  ];
}
