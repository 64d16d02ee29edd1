/**
 * Funding's queries, named by intent: bodies and organisations here, the rest by area in
 * repository/*.ts (re-exported, so callers import from one place). Rows are read through
 * repository/rows.ts (bigint and numeric columns arrive as strings on PostgreSQL).
 */
import type { Db } from '../../../platform/db/schema.ts';
import { organizationFacts } from '../../registry/index.ts';
export type { Db } from '../../../platform/db/schema.ts';
export type { Indicator, Activity, TeamMember, FundingTables } from '../tables.ts';
export * from './rows.ts';
export * from './plans.ts';
export * from './calls.ts';
export * from './applications.ts';
export * from './review.ts';
export * from './projects.ts';
export * from './openData.ts';
export * from './exports.ts';
export * from './history.ts';
export * from './demo.ts';

/** An organisation as funding's views name it (from the registry's organizationFacts). */
interface OrgNames {
  organizations: {
    bin: string;
    name_kk: string;
    name_ru: string;
    name_en: string | null;
    region: string;
  };
}

// -------------------------------------------------------------- bodies

export async function findBody(db: Db, idOrCode: string) {
  const isUuid = /^[0-9a-f-]{36}$/.test(idOrCode);
  return db
    .selectFrom('state_bodies')
    .selectAll()
    .where(isUuid ? 'id' : 'code', '=', idOrCode)
    .executeTakeFirst();
}

/** A state body by id (what the commands check management against). */
export async function findBodyById(db: Db, id: string) {
  return db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'name_kk', 'name_ru', 'name_en', 'region'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function bodiesByIds(db: Db, ids: string[]) {
  if (!ids.length)
    return new Map<
      string,
      { id: string; code: string; name_kk: string; name_ru: string; name_en: string; region: string | null }
    >();
  const rows = await db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'name_kk', 'name_ru', 'name_en', 'region'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Organisations' names and regions by BIN, through the registry's contract (the registry owns the table). */
export async function orgsByBins(db: Db, bins: string[]) {
  const facts = await organizationFacts(db, [...new Set(bins)]);
  const out = new Map<string, OrgNames['organizations']>();
  for (const [bin, f] of facts)
    out.set(bin, { bin, name_kk: f.name.kk, name_ru: f.name.ru, name_en: f.name.en ?? null, region: f.region });
  return out;
}
export * from './pages.ts';
