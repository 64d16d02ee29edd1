/** What the open-data datasets and the indicator read, in keyset batches. */
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';
import { dateText } from './sql.ts';
import { itemsBase } from './plan.ts';

export async function recommendationExportBatch(db: Db, after: string, limit: number) {
  return db
    .selectFrom('forum_recommendations as r')
    .innerJoin('forum_platforms as p', 'p.id', 'r.platform_id')
    .innerJoin('forums as f', 'f.id', 'r.forum_id')
    .select([
      'r.id',
      'r.forum_id',
      'f.year',
      'f.kind',
      'f.region',
      'r.number',
      'p.topic',
      'r.text_kk',
      'r.text_ru',
      'r.text_en',
      'r.adopted_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('action_plan_sources as s')
        .innerJoin('action_plan_items as i', 'i.id', 's.item_id')
        .select(sql<string>`string_agg(i.number::text, '; ' order by i.number)`.as('x'))
        .whereRef('s.recommendation_id', '=', 'r.id')
        .as('items'),
    )
    .where(sql<string>`r.id::text`, '>', after)
    .orderBy(sql`r.id::text`)
    .limit(limit)
    .execute();
}

export async function itemExportBatch(db: Db, after: string, limit: number) {
  return itemsBase(db)
    .select((eb) =>
      eb
        .selectFrom('action_plan_sources as s')
        .innerJoin('forum_recommendations as r', 'r.id', 's.recommendation_id')
        .select(sql<string>`string_agg(r.number::text, '; ' order by r.number)`.as('x'))
        .whereRef('s.item_id', '=', 'i.id')
        .as('recommendations'),
    )
    .select((eb) =>
      eb
        .selectFrom('action_plan_evidence as e')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('e.item_id', '=', 'i.id')
        .as('evidence'),
    )
    .where(sql<string>`i.id::text`, '>', after)
    .orderBy(sql`i.id::text`)
    .limit(limit)
    .execute();
}

export async function allItemsForIndicator(db: Db) {
  return db
    .selectFrom('action_plan_items')
    .select(['region', 'status', 'done_at'])
    .select(dateText('deadline').as('deadline'))
    .execute();
}

export async function tableStats(db: Db, table: 'forum_recommendations' | 'action_plan_items') {
  const col = table === 'forum_recommendations' ? 'adopted_at' : 'updated_at';
  const r = await db
    .selectFrom(table)
    .select([(eb) => eb.fn.countAll<number>().as('n'), sql<Date | null>`max(${sql.ref(col)})`.as('at')])
    .executeTakeFirstOrThrow();
  return { records: Number(r.n), updatedAt: r.at ? new Date(r.at) : null };
}
