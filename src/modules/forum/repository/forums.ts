/** Forums: find, search, announce, move on. */
import type { Db } from '../../../platform/db/schema.ts';
import type { ForumStatus } from '../domain.ts';
import { dateText, isUuid, like } from './sql.ts';

const FORUM_COLUMNS = [
  'f.id',
  'f.kind',
  'f.region',
  'f.year',
  'f.title_kk',
  'f.title_ru',
  'f.title_en',
  'f.description',
  'f.organiser_body_id',
  'f.status',
  'f.version',
  'f.created_at',
  'f.updated_at',
  'b.code as body_code',
  'b.name_kk as body_kk',
  'b.name_ru as body_ru',
  'b.name_en as body_en',
] as const;

export async function findForum(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!isUuid(id)) return undefined;
  let q = db
    .selectFrom('forums as f')
    .innerJoin('state_bodies as b', 'b.id', 'f.organiser_body_id')
    .select(FORUM_COLUMNS)
    .select(dateText('f.held_on').as('held_on'))
    .where('f.id', '=', id);
  if (opts.forUpdate) q = q.forUpdate(['f']) as typeof q;
  return q.executeTakeFirst();
}
export type ForumRow = NonNullable<Awaited<ReturnType<typeof findForum>>>;

export interface ForumQuery {
  q?: string;
  kind?: 'national' | 'regional';
  region?: string;
  status?: ForumStatus;
  year?: number;
  page: number;
  pageSize: number;
}

export async function searchForums(db: Db, query: ForumQuery) {
  let q = db.selectFrom('forums as f').innerJoin('state_bodies as b', 'b.id', 'f.organiser_body_id');
  if (query.q)
    q = q.where((eb) =>
      eb.or([
        eb('f.title_kk', 'ilike', like(query.q!)),
        eb('f.title_ru', 'ilike', like(query.q!)),
        eb('f.title_en', 'ilike', like(query.q!)),
      ]),
    );
  if (query.kind) q = q.where('f.kind', '=', query.kind);
  if (query.region) q = q.where('f.region', '=', query.region);
  if (query.status) q = q.where('f.status', '=', query.status);
  if (query.year) q = q.where('f.year', '=', query.year);
  const [rows, total] = await Promise.all([
    q
      .select(FORUM_COLUMNS)
      .select(dateText('f.held_on').as('held_on'))
      .select((eb) =>
        eb
          .selectFrom('forum_platforms as p')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('p.forum_id', '=', 'f.id')
          .as('platforms'),
      )
      .select((eb) =>
        eb
          .selectFrom('forum_recommendations as r')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('r.forum_id', '=', 'f.id')
          .as('recommendations'),
      )
      .select((eb) =>
        eb
          .selectFrom('action_plan_items as i')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('i.forum_id', '=', 'f.id')
          .as('items'),
      )
      .orderBy('f.year', 'desc')
      .orderBy('f.kind')
      .orderBy('f.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map((r) => ({
      ...r,
      platforms: Number(r.platforms ?? 0),
      recommendations: Number(r.recommendations ?? 0),
      items: Number(r.items ?? 0),
    })),
    total: Number(total.n),
  };
}

export async function insertForum(
  db: Db,
  v: {
    kind: 'national' | 'regional';
    region: string | null;
    year: number;
    titleKk: string;
    titleRu: string;
    titleEn: string | null;
    description: string | null;
    organiserBodyId: string;
    heldOn: string | null;
    by: string | null;
  },
) {
  return db
    .insertInto('forums')
    .values({
      kind: v.kind,
      region: v.region,
      year: v.year,
      title_kk: v.titleKk,
      title_ru: v.titleRu,
      title_en: v.titleEn,
      description: v.description,
      organiser_body_id: v.organiserBodyId,
      held_on: v.heldOn,
      created_by: v.by,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function setForumStatus(db: Db, id: string, version: number, status: ForumStatus): Promise<boolean> {
  const r = await db
    .updateTable('forums')
    .set({ status, version: version + 1, updated_at: new Date() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
