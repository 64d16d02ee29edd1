/** What the demo seed reads and writes (demo.ts): the demo accounts, the reference state bodies, rows in batches. */
import { sql, type Insertable } from 'kysely';
import type { DB, Db } from '../../../platform/db/schema.ts';

const BATCH = 400;

/** citizen@ (its password hash, which the demo volunteers share) and the BIN ngo@ represents. */
export async function demoAccounts(db: Db) {
  const [citizen, ngoMember] = await Promise.all([
    db
      .selectFrom('users')
      .select(['id', 'password_hash'])
      .where('email', '=', 'citizen@demo.qogam.kz')
      .executeTakeFirst(),
    db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .select('m.org_id')
      .where('u.email', '=', 'ngo@demo.qogam.kz')
      .where('m.org_type', '=', 'organization')
      .executeTakeFirst(),
  ]);
  return { citizen, ngoBin: ngoMember?.org_id ?? null };
}

/** The reference state bodies (akimats, ministries): organisers of the demo's opportunities. */
export async function demoStateBodies(db: Db) {
  return db
    .selectFrom('state_bodies')
    .select([sql<string>`id::text`.as('id'), 'code', 'region'])
    .execute();
}

/** Tables the demo fills: the volunteers' accounts and the module's own. */
export type DemoTable =
  | 'users'
  | 'volunteer_profiles'
  | 'volunteer_opportunities'
  | 'volunteer_applications'
  | 'volunteer_certificates'
  | 'charity_campaigns'
  | 'charity_payments'
  | 'charity_donations';

/** Multi-row inserts of BATCH rows each (in the caller's transaction). */
export async function insertDemoRows<T extends DemoTable>(trx: Db, table: T, rows: Insertable<DB[T]>[]) {
  for (let i = 0; i < rows.length; i += BATCH)
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + BATCH))
      .execute();
}
