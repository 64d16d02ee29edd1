/** Kysely queries of the Civil Forum and its action plan, named by intent. */
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { PlatformTables } from '../../platform/db/tables.ts';
import type { ForumStatus, ItemStatus } from './domain.ts';
import type { ForumTables } from './tables.ts';
export type { ForumTables } from './tables.ts';

import type { Db } from '../../platform/db/schema.ts';
export type { Db } from '../../platform/db/schema.ts';

const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);
const like = (q: string) => `%${q.replace(/[%_\\]/g, (m) => `\\${m}`)}%`;
/** A date column as 'YYYY-MM-DD' text on both drivers (node-postgres would make a Date of it). */
const dateText = (col: string) => sql<string>`to_char(${sql.ref(col)}, 'YYYY-MM-DD')`;

// ---------------------------------------------------------------- forums

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

// ------------------------------------------------------------- platforms

export async function insertPlatforms(
  db: Db,
  forumId: string,
  platforms: { topic: string; title_kk: string; title_ru: string; title_en: string | null }[],
) {
  if (!platforms.length) return;
  await db
    .insertInto('forum_platforms')
    .values(platforms.map((p, i) => ({ forum_id: forumId, ...p, position: i })))
    .execute();
}

export async function listPlatforms(db: Db, forumId: string) {
  const rows = await db
    .selectFrom('forum_platforms as p')
    .select(['p.id', 'p.forum_id', 'p.topic', 'p.title_kk', 'p.title_ru', 'p.title_en', 'p.position'])
    .select((eb) =>
      eb
        .selectFrom('forum_proposals as x')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('x.platform_id', '=', 'p.id')
        .as('proposals'),
    )
    .select((eb) =>
      eb
        .selectFrom('forum_recommendations as r')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('r.platform_id', '=', 'p.id')
        .as('recommendations'),
    )
    .where('p.forum_id', '=', forumId)
    .orderBy('p.position')
    .execute();
  return rows.map((r) => ({
    ...r,
    proposals: Number(r.proposals ?? 0),
    recommendations: Number(r.recommendations ?? 0),
  }));
}

export async function findPlatform(db: Db, id: string) {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('forum_platforms')
    .select(['id', 'forum_id', 'topic', 'title_kk', 'title_ru', 'title_en'])
    .where('id', '=', id)
    .executeTakeFirst();
}
export type PlatformRow = NonNullable<Awaited<ReturnType<typeof findPlatform>>>;

/** A platform with its forum (the forum row locked with `forUpdate`), or undefined when either is missing. */
export async function findPlatformWithForum(db: Db, platformId: string, opts: { forUpdate?: boolean } = {}) {
  const platform = await findPlatform(db, platformId);
  const forum = platform ? await findForum(db, platform.forum_id, opts) : undefined;
  return platform && forum ? { platform, forum } : undefined;
}

// ------------------------------------------------------------- proposals

export async function listForumProposals(
  db: Db,
  platformId: string,
  opts: { q?: string; sort?: 'supports' | 'new'; userId?: string } = {},
) {
  let q = db
    .selectFrom('forum_proposals as x')
    .select(['x.id', 'x.platform_id', 'x.author_id', 'x.title', 'x.body', 'x.supports', 'x.created_at'])
    .select((eb) =>
      eb
        .selectFrom('forum_recommendations as r')
        .select('r.number')
        .whereRef('r.proposal_id', '=', 'x.id')
        .limit(1)
        .as('recommendation_number'),
    )
    .where('x.platform_id', '=', platformId);
  if (opts.userId)
    q = q.select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('forum_supports as s')
            .select('s.user_id')
            .whereRef('s.proposal_id', '=', 'x.id')
            .where('s.user_id', '=', opts.userId!),
        )
        .as('supported'),
    );
  if (opts.q) q = q.where((eb) => eb.or([eb('x.title', 'ilike', like(opts.q!)), eb('x.body', 'ilike', like(opts.q!))]));
  q = opts.sort === 'new' ? q.orderBy('x.created_at', 'desc') : q.orderBy('x.supports', 'desc').orderBy('x.created_at');
  const rows = await q.orderBy('x.id').execute();
  return rows.map((r) => ({ ...r, supported: Boolean((r as { supported?: unknown }).supported) }));
}
export type ForumProposalRow = Awaited<ReturnType<typeof listForumProposals>>[number];

export async function findForumProposal(db: Db, id: string) {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('forum_proposals')
    .select(['id', 'platform_id', 'author_id', 'title', 'body', 'supports'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertForumProposal(
  db: Db,
  v: { platformId: string; authorId: string | null; title: string; body: string; at?: Date },
) {
  return db
    .insertInto('forum_proposals')
    .values({
      platform_id: v.platformId,
      author_id: v.authorId,
      title: v.title,
      body: v.body,
      ...(v.at ? { created_at: v.at } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function hasSupported(db: Db, proposalId: string, userId: string) {
  return !!(await db
    .selectFrom('forum_supports')
    .select('user_id')
    .where('proposal_id', '=', proposalId)
    .where('user_id', '=', userId)
    .executeTakeFirst());
}

/** Adds a support unless this person has one (the primary key decides); false on a duplicate. */
export async function insertSupport(db: Db, proposalId: string, userId: string, at?: Date): Promise<boolean> {
  const row = await db
    .insertInto('forum_supports')
    .values({ proposal_id: proposalId, user_id: userId, ...(at ? { created_at: at } : {}) })
    .onConflict((oc) => oc.columns(['proposal_id', 'user_id']).doNothing())
    .returning('user_id')
    .executeTakeFirst();
  if (!row) return false;
  await db
    .updateTable('forum_proposals')
    .set((eb) => ({ supports: eb('supports', '+', 1) }))
    .where('id', '=', proposalId)
    .execute();
  return true;
}

// -------------------------------------------------------- recommendations

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

// ------------------------------------------------------------ action plan

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

const itemsBase = (db: Db) =>
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

// ------------------------------------------------------------ open data

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
