/** State bodies, the officials who work for them and their heads. */
import { sql } from 'kysely';
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

/** Officials of a body (users with a membership of it), by name. */
export async function officialsOf(db: Db, bodyId: string) {
  return db
    .selectFrom('memberships as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['u.id', 'u.name', 'u.email'])
    .where('m.org_type', '=', 'state_body')
    .where('m.org_id', '=', bodyId)
    .where('u.disabled_at', 'is', null)
    .orderBy('u.name')
    .execute();
}

/** Heads of a body: officials flagged in appeal_body_heads (who still hold the membership). */
export async function headsOf(db: Db, bodyId: string) {
  return db
    .selectFrom('appeal_body_heads as h')
    .innerJoin('memberships as m', (j) =>
      j
        .onRef('m.user_id', '=', 'h.user_id')
        .on('m.org_type', '=', 'state_body')
        .on(sql`m.org_id`, '=', sql`h.state_body_id::text`),
    )
    .innerJoin('users as u', 'u.id', 'h.user_id')
    .select(['u.id', 'u.name', 'u.email'])
    .where('h.state_body_id', '=', bodyId)
    .where('u.disabled_at', 'is', null)
    .execute();
}

export async function addHead(db: Db, bodyId: string, userId: string) {
  await db
    .insertInto('appeal_body_heads')
    .values({ state_body_id: bodyId, user_id: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}
