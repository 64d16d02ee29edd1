/** What the demo loader reads: the state bodies (its people come from accounts' demoPerson). */
import type { Db } from '../../../platform/db/schema.ts';

export async function stateBodiesList(db: Db) {
  return db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'kind', 'name_kk', 'name_ru', 'name_en', 'region'])
    .orderBy('code')
    .execute();
}
