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
