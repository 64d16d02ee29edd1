/** The action plan: items, the recommendations they come from, their status and evidence. */
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';
import type { ItemStatus } from '../domain.ts';
import { dateText, isUuid, like } from './sql.ts';

const ITEM_COLUMNS = [
  'i.id',
  'i.forum_id',
  'i.number',
  'i.title_kk',
  'i.title_ru',
  'i.title_en',
  'i.topic',
  'i.region',
  'i.responsible_body_id',
  'i.status',
  'i.status_note',
  'i.done_at',
  'i.version',
  'i.created_at',
  'i.updated_at',
  'b.code as body_code',
  'b.name_kk as body_kk',
  'b.name_ru as body_ru',
  'b.name_en as body_en',
  'f.year as forum_year',
  'f.title_kk as forum_kk',
  'f.title_ru as forum_ru',
  'f.title_en as forum_en',
  'f.organiser_body_id',
] as const;

export const itemsBase = (db: Db) =>
  db
    .selectFrom('action_plan_items as i')
    .innerJoin('state_bodies as b', 'b.id', 'i.responsible_body_id')
    .innerJoin('forums as f', 'f.id', 'i.forum_id')
    .select(ITEM_COLUMNS)
    .select(dateText('i.deadline').as('deadline'));

export async function findItem(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!isUuid(id)) return undefined;
  let q = itemsBase(db).where('i.id', '=', id);
  if (opts.forUpdate) q = q.forUpdate(['i']) as typeof q;
  return q.executeTakeFirst();
}
export type ItemRow = NonNullable<Awaited<ReturnType<typeof findItem>>>;

export interface ItemQuery {
  q?: string;
  forumId?: string;
  body?: string;
  topic?: string;
  region?: string;
  status?: ItemStatus;
  overdue?: boolean;
  today: string;
  page: number;
  pageSize: number;
}

function filterItems<Q extends ReturnType<typeof itemsBase>>(q: Q, query: Omit<ItemQuery, 'page' | 'pageSize'>): Q {
  let r = q;
  if (query.q) {
    const n = /^\d{1,6}$/.test(query.q) ? Number(query.q) : null;
    r = r.where((eb) =>
      eb.or([
        eb('i.title_kk', 'ilike', like(query.q!)),
        eb('i.title_ru', 'ilike', like(query.q!)),
        eb('i.title_en', 'ilike', like(query.q!)),
        ...(n !== null ? [eb('i.number', '=', n)] : []),
      ]),
    ) as Q;
  }
  if (query.forumId) r = r.where('i.forum_id', '=', query.forumId) as Q;
  if (query.body) r = r.where('b.code', '=', query.body) as Q;
  if (query.topic) r = r.where('i.topic', '=', query.topic) as Q;
  if (query.region === 'national') r = r.where('i.region', 'is', null) as Q;
  else if (query.region) r = r.where('i.region', '=', query.region) as Q;
  if (query.status) r = r.where('i.status', '=', query.status) as Q;
  if (query.overdue)
    r = r
      .where('i.status', 'in', ['planned', 'in_progress'])
      .where(sql<boolean>`i.deadline < ${query.today}::date`) as Q;
  return r;
}

export async function searchItems(db: Db, query: ItemQuery) {
  const base = filterItems(itemsBase(db), query);
  const [rows, total] = await Promise.all([
    base
      .select((eb) =>
        eb
          .selectFrom('action_plan_evidence as e')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('e.item_id', '=', 'i.id')
          .as('evidence'),
      )
      .orderBy('f.year', 'desc')
      .orderBy('i.number')
      .orderBy('i.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute(),
    filterItems(itemsBase(db), query)
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map((r) => ({ ...r, evidence: Number(r.evidence ?? 0) })),
    total: Number((total as { n: number }).n),
  };
}

/** Every item matching the filters, only what the progress charts need. */
export async function itemsForProgress(db: Db, query: Omit<ItemQuery, 'page' | 'pageSize'>) {
  return filterItems(itemsBase(db), query).execute();
}

export async function nextItemNumber(db: Db, forumId: string): Promise<number> {
  const r = await db
    .selectFrom('action_plan_items')
    .select((eb) => eb.fn.max<number>('number').as('n'))
    .where('forum_id', '=', forumId)
    .executeTakeFirst();
  return Number(r?.n ?? 0) + 1;
}

export async function insertItem(
  db: Db,
  v: {
    forumId: string;
    number: number;
    titleKk: string;
    titleRu: string;
    titleEn: string | null;
    topic: string;
    region: string | null;
    bodyId: string;
    deadline: string;
    by: string | null;
    at?: Date;
  },
) {
  return db
    .insertInto('action_plan_items')
    .values({
      forum_id: v.forumId,
      number: v.number,
      title_kk: v.titleKk,
      title_ru: v.titleRu,
      title_en: v.titleEn,
      topic: v.topic,
      region: v.region,
      responsible_body_id: v.bodyId,
      deadline: v.deadline,
      created_by: v.by,
      ...(v.at ? { created_at: v.at, updated_at: v.at } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function insertSources(db: Db, itemId: string, recommendationIds: string[]) {
  if (!recommendationIds.length) return;
  await db
    .insertInto('action_plan_sources')
    .values(recommendationIds.map((r) => ({ item_id: itemId, recommendation_id: r })))
    .execute();
}

export async function sourcesOf(db: Db, itemId: string) {
  return db
    .selectFrom('action_plan_sources as s')
    .innerJoin('forum_recommendations as r', 'r.id', 's.recommendation_id')
    .innerJoin('forum_platforms as p', 'p.id', 'r.platform_id')
    .select([
      'r.id',
      'r.number',
      'r.text_kk',
      'r.text_ru',
      'r.text_en',
      'p.topic',
      'p.title_kk as platform_kk',
      'p.title_ru as platform_ru',
      'p.title_en as platform_en',
    ])
    .where('s.item_id', '=', itemId)
    .orderBy('r.number')
    .execute();
}

export async function itemsOfRecommendation(db: Db, recommendationId: string) {
  return itemsBase(db)
    .innerJoin('action_plan_sources as s', 's.item_id', 'i.id')
    .where('s.recommendation_id', '=', recommendationId)
    .orderBy('i.number')
    .execute();
}

/** Compare-and-set on the version: false when someone else changed the item first. */
export async function setItemStatus(
  db: Db,
  id: string,
  version: number,
  v: { status: ItemStatus; note: string | null; doneAt: Date | null; at: Date },
): Promise<boolean> {
  const r = await db
    .updateTable('action_plan_items')
    .set({ status: v.status, status_note: v.note, done_at: v.doneAt, version: version + 1, updated_at: v.at })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertEvidence(
  db: Db,
  v: {
    itemId: string;
    kind: 'document' | 'link';
    fileId: string | null;
    url: string | null;
    description: string;
    by: string | null;
    at?: Date;
  },
) {
  return db
    .insertInto('action_plan_evidence')
    .values({
      item_id: v.itemId,
      kind: v.kind,
      file_id: v.fileId,
      url: v.url,
      description: v.description,
      added_by: v.by,
      ...(v.at ? { created_at: v.at } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function evidenceOf(db: Db, itemIds: string[]) {
  if (!itemIds.length) return [];
  return db
    .selectFrom('action_plan_evidence as e')
    .leftJoin('files as f', 'f.id', 'e.file_id')
    .select([
      'e.id',
      'e.item_id',
      'e.kind',
      'e.file_id',
      'e.url',
      'e.description',
      'e.created_at',
      'f.original_name',
      'f.mime',
      'f.size_bytes',
    ])
    .where('e.item_id', 'in', itemIds)
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();
}
export type EvidenceRow = Awaited<ReturnType<typeof evidenceOf>>[number];

export async function countEvidence(db: Db, itemId: string): Promise<number> {
  const r = await db
    .selectFrom('action_plan_evidence')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('item_id', '=', itemId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Evidence documents are public: only files attached to an action-plan item are served. */
export async function findPublicDocument(db: Db, fileId: string) {
  if (!isUuid(fileId)) return undefined;
  return db
    .selectFrom('action_plan_evidence as e')
    .innerJoin('files as f', 'f.id', 'e.file_id')
    .select(['f.storage_key', 'f.mime', 'f.original_name'])
    .where('e.file_id', '=', fileId)
    .executeTakeFirst();
}
