/** Recommendations adopted by the dialogue platforms, numbered within their forum. */
import type { Db } from '../../../platform/db/schema.ts';
import { isUuid } from './sql.ts';

export async function nextRecommendationNumber(db: Db, forumId: string): Promise<number> {
  const r = await db
    .selectFrom('forum_recommendations')
    .select((eb) => eb.fn.max<number>('number').as('n'))
    .where('forum_id', '=', forumId)
    .executeTakeFirst();
  return Number(r?.n ?? 0) + 1;
}

export async function insertRecommendation(
  db: Db,
  v: {
    forumId: string;
    platformId: string;
    number: number;
    textKk: string;
    textRu: string;
    textEn: string | null;
    proposalId: string | null;
    by: string | null;
    at?: Date;
  },
) {
  return db
    .insertInto('forum_recommendations')
    .values({
      forum_id: v.forumId,
      platform_id: v.platformId,
      number: v.number,
      text_kk: v.textKk,
      text_ru: v.textRu,
      text_en: v.textEn,
      proposal_id: v.proposalId,
      adopted_by: v.by,
      ...(v.at ? { adopted_at: v.at } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

const REC_COLUMNS = [
  'r.id',
  'r.forum_id',
  'r.platform_id',
  'r.number',
  'r.text_kk',
  'r.text_ru',
  'r.text_en',
  'r.proposal_id',
  'r.adopted_at',
  'p.topic',
  'p.title_kk as platform_kk',
  'p.title_ru as platform_ru',
  'p.title_en as platform_en',
] as const;

export async function listRecommendations(db: Db, opts: { forumId?: string; platformId?: string; ids?: string[] }) {
  let q = db
    .selectFrom('forum_recommendations as r')
    .innerJoin('forum_platforms as p', 'p.id', 'r.platform_id')
    .select(REC_COLUMNS);
  if (opts.forumId) q = q.where('r.forum_id', '=', opts.forumId);
  if (opts.platformId) q = q.where('r.platform_id', '=', opts.platformId);
  if (opts.ids) {
    if (!opts.ids.length) return [];
    q = q.where('r.id', 'in', opts.ids);
  }
  return q.orderBy('r.number').execute();
}
export type RecommendationRow = Awaited<ReturnType<typeof listRecommendations>>[number];

export async function findRecommendation(db: Db, id: string) {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('forum_recommendations as r')
    .innerJoin('forum_platforms as p', 'p.id', 'r.platform_id')
    .select(REC_COLUMNS)
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export async function recommendationsByNumbers(db: Db, forumId: string, numbers: number[]) {
  if (!numbers.length) return [];
  return db
    .selectFrom('forum_recommendations')
    .select(['id', 'number', 'platform_id'])
    .where('forum_id', '=', forumId)
    .where('number', 'in', numbers)
    .execute();
}
