import { stateBodies } from '../../reference/index.ts';
import type { Db } from './schema.ts';

/**
 * Puts the reference state bodies (Government, ministry, operator, akimats and maslikhats of the
 * regions) into `state_bodies`, adding missing ones and keeping names current. Run on every start:
 * initiatives, appeals and councils address these bodies in production as well as in the demo.
 */
export async function loadStateBodies(db: Db): Promise<void> {
  const rows = stateBodies.map((b) => ({
    code: b.code,
    kind: b.kind,
    name_kk: b.name.kk,
    name_ru: b.name.ru,
    name_en: b.name.en,
    region: b.region,
  }));
  await db
    .insertInto('state_bodies')
    .values(rows)
    .onConflict((oc) =>
      oc.column('code').doUpdateSet((eb) => ({
        name_kk: eb.ref('excluded.name_kk'),
        name_ru: eb.ref('excluded.name_ru'),
        name_en: eb.ref('excluded.name_en'),
      })),
    )
    .execute();
}

/** The id of a reference state body by its code ('mip', 'akimat-almaty'), for loaders and the CLI. */
export async function stateBodyIdByCode(db: Db, code: string): Promise<string> {
  const row = await db.selectFrom('state_bodies').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}
