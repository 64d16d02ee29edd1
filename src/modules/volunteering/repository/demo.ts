/** What the demo seed reads and writes (demo.ts): the reference state bodies, its rows in batches (its people: accounts' contracts). */
import { sql, type Insertable } from 'kysely';
import type { DB, Db } from '../../../platform/db/schema.ts';

const BATCH = 400;

/** The reference state bodies (akimats, ministries): organisers of the demo's opportunities. */
export async function demoStateBodies(db: Db) {
  return db
    .selectFrom('state_bodies')
    .select([sql<string>`id::text`.as('id'), 'code', 'region'])
    .execute();
}

/** Tables of its own the demo fills. */
export type DemoTable =
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
