/**
 * What the councils' demo reads and writes besides the inserts the commands use: the demo
 * accounts and the akimats' official's memberships (accounts' users and memberships, which have no
 * contract for this yet), the state bodies, many members at once and the public audit entries.
 */
import type { Insertable } from 'kysely';
import type { DB } from '../../../platform/db/schema.ts';
import type { CouncilTables } from '../tables.ts';
import type { Db } from './rows.ts';

/** The accounts with these e-mails (those that exist). */
export async function demoAccountsByEmail(db: Db, emails: string[]) {
  return db.selectFrom('users').select(['id', 'name', 'email']).where('email', 'in', emails).execute();
}

/** The demo's own accounts, all in one insert (their password hash is computed once by the caller). */
export async function insertDemoAccounts(db: Db, accounts: Insertable<DB['users']>[]) {
  await db.insertInto('users').values(accounts).execute();
}

/** One account by its e-mail (a demo account of another module: ngo@, official@, citizen@). */
export async function demoAccount(db: Db, email: string) {
  return db.selectFrom('users').select(['id', 'name']).where('email', '=', email).executeTakeFirst();
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

/** A person made an official of these state bodies, straight in (addMembership would audit each, one transaction apiece). */
export async function insertOfficialMemberships(db: Db, userId: string, stateBodyIds: string[]) {
  await db
    .insertInto('memberships')
    .values(stateBodyIds.map((id) => ({ user_id: userId, org_type: 'state_body' as const, org_id: id })))
    .onConflict((oc) => oc.columns(['user_id', 'org_type', 'org_id']).doNothing())
    .execute();
}

/** Members of a council in one insert; their ids in the order given. */
export async function insertDemoMembers(db: Db, members: Insertable<CouncilTables['council_members']>[]) {
  return (await db.insertInto('council_members').values(members).returning('id').execute()).map((m) => m.id);
}

/** The councils by the code of their state body. */
export async function councilIdsByBodyCode(db: Db): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('councils as c')
    .innerJoin('state_bodies as b', 'b.id', 'c.state_body_id')
    .select(['c.id', 'b.code'])
    .execute();
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** The demo's public audit entries, written together at the end. */
export async function insertDemoAudit(db: Db, entries: Insertable<DB['audit_log']>[]) {
  await db.insertInto('audit_log').values(entries).execute();
}
