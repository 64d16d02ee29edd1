/**
 * The queries behind the module's open data (openData.ts): datasets in keyset batches, aggregates
 * for the indicators and the SDG lists. No personal data leaves here: volunteers only in counts,
 * donors never named. Organisers' names are added by openData.ts from the registry's contract.
 */
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';

/** The Almaty civil date or month of a timestamptz column (UTC+5, the country's one time zone). */
const almatyDay = (col: string) =>
  sql<string>`to_char((${sql.ref(col)} at time zone 'UTC') + interval '5 hours', 'YYYY-MM-DD')`;
const almatyMonth = (col: string) =>
  sql<string>`to_char((${sql.ref(col)} at time zone 'UTC') + interval '5 hours', 'YYYY-MM')`;
const almatyYear = (col: string) =>
  sql<number>`extract(year from (${sql.ref(col)} at time zone 'UTC') + interval '5 hours')::int`;

/** Opportunities after `after` in id order (one batch of the dataset). */
export async function openOpportunities(db: Db, after: string, limit: number) {
  return db
    .selectFrom('volunteer_opportunities as o')
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
    ])
    .where(sql`o.id::text`, '>', after)
    .orderBy(sql`o.id::text`)
    .limit(limit)
    .execute();
}

/** Confirmed hours per organiser and Almaty month: counts only, no volunteer is named. */
export async function confirmedHoursByMonth(db: Db) {
  return db
    .selectFrom('volunteer_applications as a')
    .innerJoin('volunteer_opportunities as o', 'o.id', 'a.opportunity_id')
    .select([
      'o.organizer_type',
      'o.organizer_id',
      almatyMonth('a.confirmed_at').as('month'),
      sql<number>`count(distinct a.user_id)::int`.as('volunteers'),
      sql<number>`count(*)::int`.as('participations'),
      sql<number>`sum(a.hours_tenths)::int`.as('tenths'),
    ])
    .where('a.status', '=', 'completed')
    .groupBy(['o.organizer_type', 'o.organizer_id', sql`3`])
    .orderBy('o.organizer_type')
    .orderBy('o.organizer_id')
    .orderBy(sql`3`)
    .execute();
}

/** Campaigns after `after` in id order (one batch of the dataset). */
export async function openCampaigns(db: Db, after: string, limit: number) {
  return db
    .selectFrom('charity_campaigns as c')
    .select([
      'c.id',
      'c.bin',
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
}

/** Confirmed donations per campaign and Almaty day: sums only, so no donor (anonymous or not) is named. */
export async function donationsByDay(db: Db) {
  return db
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
}

/** How many opportunities or campaigns there are, and when the newest changed. */
export async function datasetStats(db: Db, table: 'volunteer_opportunities' | 'charity_campaigns') {
  const col = table === 'volunteer_opportunities' ? 'updated_at' : 'created_at';
  const r = await db
    .selectFrom(table)
    .select([sql<number>`count(*)::int`.as('n'), sql<Date | null>`max(${sql.ref(col)})`.as('at')])
    .executeTakeFirstOrThrow();
  return { records: Number(r.n), updatedAt: r.at ? new Date(r.at) : null };
}

/** When hours were last confirmed. */
export async function lastConfirmationAt(db: Db): Promise<Date | null> {
  const r = await db
    .selectFrom('volunteer_applications')
    .select([sql<Date | null>`max(confirmed_at)`.as('at')])
    .where('status', '=', 'completed')
    .executeTakeFirstOrThrow();
  return r.at ? new Date(r.at) : null;
}

/** When a donation was last confirmed. */
export async function lastDonationAt(db: Db): Promise<Date | null> {
  const r = await db
    .selectFrom('charity_donations')
    .select([sql<Date | null>`max(confirmed_at)`.as('at')])
    .executeTakeFirstOrThrow();
  return r.at ? new Date(r.at) : null;
}

type ByRegion = { region: string | null; year: number; v: number }[];
type National = { year: number; v: number }[];

const completed = (db: Db) =>
  db
    .selectFrom('volunteer_applications as a')
    .innerJoin('volunteer_opportunities as o', 'o.id', 'a.opportunity_id')
    .leftJoin('volunteer_profiles as p', 'p.user_id', 'a.user_id')
    .where('a.status', '=', 'completed');

/** Distinct volunteers with confirmed hours, by the volunteer's region (else the activity's) and the Almaty year of confirmation. */
export async function volunteersByRegionYear(db: Db): Promise<[ByRegion, National]> {
  const year = almatyYear('a.confirmed_at');
  return Promise.all([
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
}

/** Confirmed hours (tenths), by the activity's region (online: the volunteer's) and the Almaty year of confirmation. */
export async function tenthsByRegionYear(db: Db): Promise<[ByRegion, National]> {
  const year = almatyYear('a.confirmed_at');
  return Promise.all([
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
}

/** Tiyn donated (confirmed donations), by the campaign's region and the Almaty year of confirmation. */
export async function donatedByRegionYear(db: Db): Promise<[ByRegion, National]> {
  const year = almatyYear('d.confirmed_at');
  const base = () =>
    db.selectFrom('charity_donations as d').innerJoin('charity_campaigns as c', 'c.id', 'd.campaign_id');
  return Promise.all([
    base()
      .select(['c.region', year.as('year'), sql<number>`sum(d.amount_tiyn)`.as('v')])
      .groupBy([sql`1`, sql`2`])
      .execute(),
    base()
      .select([year.as('year'), sql<number>`sum(d.amount_tiyn)`.as('v')])
      .groupBy(sql`1`)
      .execute(),
  ]);
}

/** Opportunities (not cancelled) in these areas, newest first: what contributes to an SDG. */
export async function opportunitiesInAreas(db: Db, areas: readonly string[], limit: number) {
  if (!areas.length) return [];
  return db
    .selectFrom('volunteer_opportunities')
    .select(['id', 'title'])
    .where('area', 'in', [...areas])
    .where('status', '!=', 'cancelled')
    .orderBy('starts_on', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Campaigns in these areas, latest end first. */
export async function campaignsInAreas(db: Db, areas: readonly string[], limit: number) {
  if (!areas.length) return [];
  return db
    .selectFrom('charity_campaigns')
    .select(['id', 'title'])
    .where('area', 'in', [...areas])
    .orderBy('ends_on', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

/** Organisations (by BIN) that have posted an opportunity, among these: they get a rating input. */
export async function organizationsThatPosted(db: Db, bins: readonly string[]): Promise<string[]> {
  if (!bins.length) return [];
  const rows = await db
    .selectFrom('volunteer_opportunities')
    .select('organizer_id')
    .distinct()
    .where('organizer_type', '=', 'organization')
    .where('organizer_id', 'in', [...bins])
    .execute();
  return rows.map((r) => r.organizer_id);
}
