/** The experts funding's demo adds to its register (their accounts are made by accounts' insertDemoAccounts). */
import type { Insertable } from 'kysely';
import type { DB, Db } from '../../../platform/db/schema.ts';

export async function insertDemoExperts(db: Db, experts: Insertable<DB['funding_experts']>[]): Promise<void> {
  await db.insertInto('funding_experts').values(experts).execute();
}
