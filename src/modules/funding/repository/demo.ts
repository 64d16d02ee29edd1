/**
 * What funding's demo reads besides its own history: the demo accounts (accounts' users and
 * memberships, which have no contract for this yet) and the experts it adds.
 */
import type { Insertable } from 'kysely';
import type { DB, Db } from '../../../platform/db/schema.ts';

/** The demo accounts (…@demo.qogam.kz), with the password hash the demo experts sign in with. */
export async function demoAccounts(db: Db) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'password_hash'])
    .where('email', 'like', '%@demo.qogam.kz')
    .execute();
}

/** The BIN of the organisation a person represents, if any. */
export async function representedOrganization(db: Db, userId: string): Promise<string | undefined> {
  return (
    await db
      .selectFrom('memberships')
      .select('org_id')
      .where('user_id', '=', userId)
      .where('org_type', '=', 'organization')
      .executeTakeFirst()
  )?.org_id;
}

/** The demo's experts: their accounts, then their entries in the register of experts. */
export async function insertDemoExperts(
  db: Db,
  accounts: Insertable<DB['users']>[],
  experts: Insertable<DB['funding_experts']>[],
): Promise<void> {
  await db.insertInto('users').values(accounts).execute();
  await db.insertInto('funding_experts').values(experts).execute();
}
