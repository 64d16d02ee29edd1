/** State bodies and who heads them. */
import type { Db } from '../../../platform/db/schema.ts';

/** A state body's names in the three languages. */
export async function bodyNames(db: Db, bodyId: string) {
  return db
    .selectFrom('state_bodies')
    .select(['name_kk', 'name_ru', 'name_en'])
    .where('id', '=', bodyId)
    .executeTakeFirst();
}

export async function listStateBodies(db: Db) {
  return db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'kind', 'name_kk', 'name_ru', 'name_en', 'region'])
    .orderBy('code')
    .execute();
}
export type StateBodyRow = Awaited<ReturnType<typeof listStateBodies>>[number];

export async function findBodyByCode(db: Db, code: string) {
  return db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'kind', 'name_kk', 'name_ru', 'name_en', 'region'])
    .where('code', '=', code)
    .executeTakeFirst();
}
export async function findBodyById(db: Db, id: string) {
  return db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'kind', 'name_kk', 'name_ru', 'name_en', 'region'])
    .where('id', '=', id)
    .executeTakeFirst();
}

/** The bodies an official works for (the queue's body switch), by code; empty for ids that name no body. */
export async function bodiesOfOfficial(db: Db, bodyIds: readonly string[]) {
  if (bodyIds.length === 0) return [];
  return db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'name_kk', 'name_ru', 'name_en'])
    .where('id', 'in', [...bodyIds])
    .orderBy('code')
    .execute();
}

/** Who is flagged head of a body (whether they still work for it is the caller's question: people.ts). */
export async function headIdsOf(db: Db, bodyId: string): Promise<string[]> {
  const rows = await db.selectFrom('appeal_body_heads').select('user_id').where('state_body_id', '=', bodyId).execute();
  return rows.map((r) => r.user_id);
}

export async function addHead(db: Db, bodyId: string, userId: string) {
  await db
    .insertInto('appeal_body_heads')
    .values({ state_body_id: bodyId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
