/** Statistics and bulk export queries: aggregated in SQL, exported by key in batches. */
import { sql } from 'kysely';
import type { Db } from './organizations.ts';

/** Organisations per region (all statuses) and how many of them are active and verified. */
export async function countByRegion(db: Db) {
  const rows = await db
    .selectFrom('organizations')
    .select([
      'region',
      (eb) => eb.fn.countAll<number>().as('total'),
      sql<number>`count(*) filter (where status = 'active')`.as('active'),
      sql<number>`count(*) filter (where verification = 'verified')`.as('verified'),
    ])
    .groupBy('region')
    .execute();
  return new Map(
    rows.map((r) => [r.region, { total: Number(r.total), active: Number(r.active), verified: Number(r.verified) }]),
  );
}

/** Organisations by the year of their state registration (founding date). */
export async function countByYear(db: Db) {
  const rows = await db
    .selectFrom('organizations')
    .select([sql<number>`extract(year from founded_on)::int`.as('year'), (eb) => eb.fn.countAll<number>().as('total')])
    .groupBy(sql`1`)
    .orderBy(sql`1`)
    .execute();
  return rows.map((r) => ({ year: Number(r.year), total: Number(r.total) }));
}

export const EXPORT_COLUMNS = [
  'bin',
  'name_kk',
  'name_ru',
  'name_en',
  'short_name',
  'legal_form',
  'region',
  'settlement',
  'areas',
  'founded_on',
  'status',
  'verification',
  'verified_at',
  'website',
  'email',
  'phone',
  'address',
  'created_at',
  'updated_at',
] as const;

/**
 * One batch of the bulk export, after a BIN (keyset pagination over the primary key: each batch
 * costs the same however deep it is, and no connection is held between batches).
 */
export async function exportBatch(db: Db, afterBin: string, limit: number) {
  return db
    .selectFrom('organizations')
    .select(EXPORT_COLUMNS)
    .where('bin', '>', afterBin)
    .orderBy('bin')
    .limit(limit)
    .execute();
}
export type ExportRow = Awaited<ReturnType<typeof exportBatch>>[number];

/** What the indicators add up over the annual reports (the year reported on); income is in tiyn, published in tenge. */
const REPORT_MEASURES = {
  reports: sql<number>`count(*)`,
  staff: reportSum('staff'),
  volunteers: reportSum('volunteers'),
  beneficiaries: reportSum('beneficiaries'),
  income: sql<number>`sum(r.income_total) / 100.0`,
};
export type ReportMeasure = keyof typeof REPORT_MEASURES;

function reportSum(field: string) {
  return sql<number>`coalesce(sum(case when r.data->>${field} ~ '^[0-9]+$' then (r.data->>${field})::bigint else 0 end), 0)`;
}

/** An aggregate of the annual reports per region of the organisation and year reported on. */
export async function reportsByRegionYear(db: Db, measure: ReportMeasure) {
  const rows = await sql<{ region: string; year: number; value: number }>`
    select o.region, r.year, (${REPORT_MEASURES[measure]})::float8 as value
    from annual_reports r join organizations o on o.bin = r.bin
    group by o.region, r.year`.execute(db);
  return rows.rows.map((r) => ({ region: r.region, year: Number(r.year), value: Number(r.value) }));
}

/** Approved social enterprises per region and list year. */
export async function socialEnterprisesByRegionYear(db: Db) {
  const rows = await sql<{ region: string; year: number; value: number }>`
    select o.region, s.list_year as year, count(*)::int as value
    from social_entrepreneurs s join organizations o on o.bin = s.bin
    where s.status = 'approved' group by o.region, s.list_year`.execute(db);
  return rows.rows.map((r) => ({ region: r.region, year: Number(r.year), value: Number(r.value) }));
}

/** The organisations dataset's size and last change. */
export async function organizationStats(db: Db) {
  const r = await sql<{ n: number; at: Date | null }>`
    select count(*)::int as n, max(updated_at) as at from organizations`.execute(db);
  return { records: Number(r.rows[0].n), updatedAt: r.rows[0].at ? new Date(r.rows[0].at) : null };
}
