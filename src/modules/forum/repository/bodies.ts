/** State bodies (the platform's table): organisers and responsible bodies. */
import type { Db } from '../../../platform/db/schema.ts';
import { isUuid } from './sql.ts';

export async function stateBodyById(db: Db, idOrCode: string) {
  const q = db.selectFrom('state_bodies').select(['id', 'code', 'kind', 'name_kk', 'name_ru', 'name_en', 'region']);
  return isUuid(idOrCode)
    ? q.where('id', '=', idOrCode).executeTakeFirst()
    : q.where('code', '=', idOrCode).executeTakeFirst();
}

export async function listStateBodies(db: Db) {
  return db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'kind', 'name_kk', 'name_ru', 'name_en', 'region'])
    .orderBy('kind')
    .orderBy('code')
    .execute();
}
