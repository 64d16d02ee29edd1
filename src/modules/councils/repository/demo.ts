/**
 * What the councils' demo writes besides the inserts the commands use: many members at once and
 * the public audit entries (people and memberships come from accounts' contracts).
 */
import type { Insertable } from 'kysely';
import type { DB } from '../../../platform/db/schema.ts';
import type { CouncilTables } from '../tables.ts';
import type { Db } from './rows.ts';

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
