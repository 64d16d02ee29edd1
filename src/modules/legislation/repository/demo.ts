/** What the demo loader reads: demo people and the state bodies. */
import type { Db } from '../../../platform/db/schema.ts';

/** A demo person as the commands see them: the account and the bodies and organisations they belong to. */
export async function demoActorRow(db: Db, email: string) {
  const u = await db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'roles'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  const ms = await db.selectFrom('memberships').select(['org_type', 'org_id']).where('user_id', '=', u.id).execute();
  return { ...u, memberships: ms };
}

export async function stateBodiesList(db: Db) {
  return db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'kind', 'name_kk', 'name_ru', 'name_en', 'region'])
    .orderBy('code')
    .execute();
}
