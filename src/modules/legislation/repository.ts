/** Kysely queries of the legislation module, named by intent (migrations/0007_legislation.sql). */
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { PlatformTables } from '../../platform/db/tables.ts';
import { organizationNames } from '../registry/index.ts';
import type { AnswerStatus, BilingualUnit, ConclusionKind, DraftKind, DraftState, UnitKind } from './domain.ts';
export { CONCLUSION_KINDS, DRAFT_KINDS, type ConclusionKind, type DraftKind } from './domain.ts';
import type { LegislationTables } from './tables.ts';
export type { LegislationTables } from './tables.ts';

import type { Db } from '../../platform/db/schema.ts';
export type { Db } from '../../platform/db/schema.ts';

export interface DraftRow {
  id: string;
  state_body_id: string;
  kind: DraftKind;
  title_kk: string;
  title_ru: string;
  status: DraftState;
  current_version: number;
  opened_at: Date | null;
  last_day: string | null;
  closes_at: Date | null;
  first_opened_at: Date | null;
  summary_published_at: Date | null;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  lock_version: number;
  body_code: string;
  body_name_kk: string;
  body_name_ru: string;
  body_name_en: string;
  body_region: string | null;
}

/** A civil date column read back as 'YYYY-MM-DD' whatever the driver makes of it. */
const isoDay = (v: unknown): string | null => (v === null || v === undefined ? null : String(v).slice(0, 10));

const draftSelect = (db: Db) =>
  db
    .selectFrom('legislation_drafts as d')
    .innerJoin('state_bodies as b', 'b.id', 'd.state_body_id')
    .select([
      'd.id',
      'd.state_body_id',
      'd.kind',
      'd.title_kk',
      'd.title_ru',
      'd.status',
      'd.current_version',
      'd.opened_at',
      'd.last_day',
      'd.closes_at',
      'd.first_opened_at',
      'd.summary_published_at',
      'd.created_by',
      'd.created_at',
      'd.updated_at',
      'd.lock_version',
      'b.code as body_code',
      'b.name_kk as body_name_kk',
      'b.name_ru as body_name_ru',
      'b.name_en as body_name_en',
      'b.region as body_region',
    ]);

const fixDraft = <R extends { last_day: unknown }>(r: R): R => ({ ...r, last_day: isoDay(r.last_day) });

export async function findDraft(db: Db, id: string, opts: { forUpdate?: boolean } = {}): Promise<DraftRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  let q = draftSelect(db).where('d.id', '=', id);
  if (opts.forUpdate) q = q.forUpdate('d');
  const r = await q.executeTakeFirst();
  return r ? (fixDraft(r) as DraftRow) : undefined;
}

export interface DraftFilter {
  q?: string;
  /** Effective state (an open draft past its closing instant counts as closed). */
  status?: DraftState;
  bodyCode?: string;
  openNow?: boolean;
  /** Drafts in preparation are seen only by officials of these bodies. */
  viewerBodies: readonly string[];
  page: number;
  pageSize: number;
}

export type DraftListRow = DraftRow & { comments: number; unanswered: number };

/** The effective state in SQL, the same rule as domain.effectiveState. */
const effective = (now: Date) =>
  sql<DraftState>`case when d.status = 'open' and d.closes_at <= ${now} then 'closed' else d.status end`;

export async function listDrafts(db: Db, f: DraftFilter, now: Date): Promise<{ rows: DraftListRow[]; total: number }> {
  let q = db.selectFrom('legislation_drafts as d').innerJoin('state_bodies as b', 'b.id', 'd.state_body_id');
  q = f.viewerBodies.length
    ? q.where((eb) => eb.or([eb('d.status', '<>', 'draft'), eb('d.state_body_id', 'in', [...f.viewerBodies])]))
    : q.where('d.status', '<>', 'draft');
  if (f.q) {
    for (const w of (f.q.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8))
      q = q.where(sql<boolean>`d.search like '%' || registry_fold(${w}) || '%'`);
  }
  if (f.status) q = q.where(sql<boolean>`${effective(now)} = ${f.status}`);
  if (f.openNow) q = q.where('d.status', '=', 'open').where('d.closes_at', '>', now);
  if (f.bodyCode) q = q.where('b.code', '=', f.bodyCode);
  const [rows, total] = await Promise.all([
    q
      .select([
        'd.id',
        'd.state_body_id',
        'd.kind',
        'd.title_kk',
        'd.title_ru',
        'd.status',
        'd.current_version',
        'd.opened_at',
        'd.last_day',
        'd.closes_at',
        'd.first_opened_at',
        'd.summary_published_at',
        'd.created_by',
        'd.created_at',
        'd.updated_at',
        'd.lock_version',
        'b.code as body_code',
        'b.name_kk as body_name_kk',
        'b.name_ru as body_name_ru',
        'b.name_en as body_name_en',
        'b.region as body_region',
        sql<number>`(select count(*) from legislation_comments c where c.draft_id = d.id)::int`.as('comments'),
        sql<number>`(select count(*) from legislation_comments c join legislation_versions v on v.id = c.version_id where c.draft_id = d.id and v.number = d.current_version and c.answer_status is null)::int`.as(
          'unanswered',
        ),
      ])
      // Open discussions first (closing soonest), then the newest.
      .orderBy(sql`case when ${effective(now)} = 'open' then 0 else 1 end`)
      .orderBy(sql`case when ${effective(now)} = 'open' then d.closes_at end`, 'asc')
      .orderBy(sql`coalesce(d.opened_at, d.created_at)`, 'desc')
      .orderBy('d.id')
      .limit(f.pageSize)
      .offset((f.page - 1) * f.pageSize)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map(
      (r) => fixDraft({ ...r, comments: Number(r.comments), unanswered: Number(r.unanswered) }) as DraftListRow,
    ),
    total: Number(total.n),
  };
}

export async function insertDraft(
  db: Db,
  v: {
    stateBodyId: string;
    status: DraftState;
    kind: DraftKind;
    titleKk: string;
    titleRu: string;
    createdBy: string;
    at: Date;
  },
): Promise<string> {
  const r = await db
    .insertInto('legislation_drafts')
    .values({
      state_body_id: v.stateBodyId,
      status: v.status,
      kind: v.kind,
      title_kk: v.titleKk,
      title_ru: v.titleRu,
      created_by: v.createdBy,
      created_at: v.at,
      updated_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export type DraftUpdate = Partial<{
  kind: DraftKind;
  title_kk: string;
  title_ru: string;
  status: DraftState;
  current_version: number;
  opened_at: Date | null;
  last_day: string | null;
  closes_at: Date | null;
  first_opened_at: Date | null;
  summary_published_at: Date | null;
  updated_at: Date;
}>;

/**
 * Saves a change to a draft and moves its lock_version on, so a form read before it is stale.
 * The caller holds the row (`findDraft(…, { forUpdate: true })`) and has compared the version
 * the user saw (the kit's `version` option).
 */
export async function updateDraft(db: Db, id: string, set: DraftUpdate): Promise<void> {
  await db
    .updateTable('legislation_drafts')
    .set({ ...set, lock_version: sql<number>`lock_version + 1` })
    .where('id', '=', id)
    .execute();
}

export interface VersionRow {
  id: string;
  draft_id: string;
  number: number;
  note_kk: string;
  note_ru: string;
  changes_kk: string;
  changes_ru: string;
  created_at: Date;
  opened_at: Date | null;
  last_day: string | null;
  summary_published_at: Date | null;
}

export async function insertVersion(
  db: Db,
  v: {
    draftId: string;
    number: number;
    noteKk: string;
    noteRu: string;
    changesKk?: string;
    changesRu?: string;
    at: Date;
  },
  units: readonly BilingualUnit[],
): Promise<string> {
  const r = await db
    .insertInto('legislation_versions')
    .values({
      draft_id: v.draftId,
      number: v.number,
      note_kk: v.noteKk,
      note_ru: v.noteRu,
      changes_kk: v.changesKk ?? '',
      changes_ru: v.changesRu ?? '',
      created_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await replaceUnits(db, r.id, units);
  return r.id;
}

export async function replaceUnits(db: Db, versionId: string, units: readonly BilingualUnit[]) {
  await db.deleteFrom('legislation_units').where('version_id', '=', versionId).execute();
  if (!units.length) return;
  await db
    .insertInto('legislation_units')
    .values(
      units.map((u, i) => ({
        version_id: versionId,
        position: i,
        key: u.key,
        kind: u.kind,
        label: u.label,
        heading_kk: u.heading.kk,
        heading_ru: u.heading.ru,
        text_kk: u.text.kk,
        text_ru: u.text.ru,
      })),
    )
    .execute();
}

export async function updateVersion(
  db: Db,
  id: string,
  set: Partial<
    Pick<
      VersionRow,
      'note_kk' | 'note_ru' | 'opened_at' | 'last_day' | 'changes_kk' | 'changes_ru' | 'summary_published_at'
    >
  >,
) {
  await db.updateTable('legislation_versions').set(set).where('id', '=', id).execute();
}

export async function listVersions(db: Db, draftId: string): Promise<VersionRow[]> {
  const rows = await db
    .selectFrom('legislation_versions')
    .selectAll()
    .where('draft_id', '=', draftId)
    .orderBy('number')
    .execute();
  return rows.map((r) => fixDraft(r) as VersionRow);
}

export async function findVersion(db: Db, draftId: string, number: number): Promise<VersionRow | undefined> {
  const r = await db
    .selectFrom('legislation_versions')
    .selectAll()
    .where('draft_id', '=', draftId)
    .where('number', '=', number)
    .executeTakeFirst();
  return r ? (fixDraft(r) as VersionRow) : undefined;
}

export type UnitRow = {
  id: string;
  version_id: string;
  position: number;
  key: string;
  kind: UnitKind;
  label: string;
  heading_kk: string;
  heading_ru: string;
  text_kk: string;
  text_ru: string;
};

export async function unitsOf(db: Db, versionId: string): Promise<UnitRow[]> {
  return db
    .selectFrom('legislation_units')
    .selectAll()
    .where('version_id', '=', versionId)
    .orderBy('position')
    .execute();
}

export async function findUnit(db: Db, versionId: string, key: string): Promise<UnitRow | undefined> {
  return db
    .selectFrom('legislation_units')
    .selectAll()
    .where('version_id', '=', versionId)
    .where('key', '=', key)
    .executeTakeFirst();
}

export type CommentRow = LegislationTables['legislation_comments'] extends infer T
  ? { [K in keyof T]: T[K] extends ColumnType<infer S, any, any> ? S : T[K] } & {
      unit_key: string;
      version_number: number;
      org_name_kk: string | null;
      org_name_ru: string | null;
    }
  : never;

const commentSelect = (db: Db) =>
  db
    .selectFrom('legislation_comments as c')
    .innerJoin('legislation_units as u', 'u.id', 'c.unit_id')
    .innerJoin('legislation_versions as v', 'v.id', 'c.version_id')
    .selectAll('c')
    .select(['u.key as unit_key', 'v.number as version_number']);

/**
 * The organisations' names on comments and conclusions, in both languages of the text; they are
 * the registry's, read through its contract (a BIN it does not know keeps null names).
 */
async function withOrgNames<R extends { organization_bin: string | null }>(
  db: Db,
  rows: R[],
): Promise<(R & { org_name_kk: string | null; org_name_ru: string | null })[]> {
  const names = await organizationNames(
    db,
    rows.flatMap((r) => (r.organization_bin ? [r.organization_bin] : [])),
  );
  return rows.map((r) => {
    const n = r.organization_bin ? names.get(r.organization_bin) : undefined;
    return { ...r, org_name_kk: n?.kk ?? null, org_name_ru: n?.ru ?? null };
  });
}

/** Comments of a draft (all versions unless one is given), in the order of the text, then oldest first. */
export async function commentsOf(db: Db, draftId: string, versionId?: string): Promise<CommentRow[]> {
  let q = commentSelect(db).where('c.draft_id', '=', draftId);
  if (versionId) q = q.where('c.version_id', '=', versionId);
  const rows = await q.orderBy('v.number').orderBy('u.position').orderBy('c.created_at').orderBy('c.id').execute();
  return (await withOrgNames(db, rows)) as CommentRow[];
}

export async function findComment(
  db: Db,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<CommentRow | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  let q = commentSelect(db).where('c.id', '=', id);
  if (opts.forUpdate) q = q.forUpdate('c');
  const row = await q.executeTakeFirst();
  return row ? ((await withOrgNames(db, [row]))[0] as CommentRow) : undefined;
}

export async function insertComment(
  db: Db,
  v: {
    draftId: string;
    versionId: string;
    unitId: string;
    authorId: string;
    authorName: string;
    organizationBin: string | null;
    body: string;
    lang: 'kk' | 'ru' | 'en';
    at: Date;
  },
) {
  return db
    .insertInto('legislation_comments')
    .values({
      draft_id: v.draftId,
      version_id: v.versionId,
      unit_id: v.unitId,
      author_id: v.authorId,
      author_name: v.authorName,
      organization_bin: v.organizationBin,
      body: v.body,
      lang: v.lang,
      created_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Once per person: the primary key decides; false when this person had supported it already. */
export async function insertSupport(db: Db, commentId: string, userId: string, at: Date): Promise<boolean> {
  const r = await db
    .insertInto('legislation_supports')
    .values({ comment_id: commentId, user_id: userId, created_at: at })
    .onConflict((oc) => oc.columns(['comment_id', 'user_id']).doNothing())
    .returning('comment_id')
    .executeTakeFirst();
  if (!r) return false;
  await db
    .updateTable('legislation_comments')
    .set({ supports: sql`supports + 1` })
    .where('id', '=', commentId)
    .execute();
  return true;
}

export async function supportedBy(db: Db, draftId: string, userId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('legislation_supports as s')
    .innerJoin('legislation_comments as c', 'c.id', 's.comment_id')
    .select('s.comment_id')
    .where('c.draft_id', '=', draftId)
    .where('s.user_id', '=', userId)
    .execute();
  return new Set(rows.map((r) => r.comment_id));
}

/**
 * Records the developer's answer and moves answer_version on, so a form read before it is stale.
 * The caller holds the comment (`findComment(…, { forUpdate: true })`) and has compared versions.
 */
export async function setAnswer(
  db: Db,
  id: string,
  a: { status: AnswerStatus; reason: string | null; by: string; byName: string; at: Date },
): Promise<void> {
  await db
    .updateTable('legislation_comments')
    .set({
      answer_status: a.status,
      answer_reason: a.reason,
      answered_by: a.by,
      answered_by_name: a.byName,
      answered_at: a.at,
      answer_version: sql<number>`answer_version + 1`,
    })
    .where('id', '=', id)
    .execute();
}

export async function countUnanswered(db: Db, versionId: string): Promise<{ total: number; unanswered: number }> {
  const r = await db
    .selectFrom('legislation_comments')
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(*) filter (where answer_status is null)::int`.as('unanswered'),
    ])
    .where('version_id', '=', versionId)
    .executeTakeFirstOrThrow();
  return { total: Number(r.total), unanswered: Number(r.unanswered) };
}

export type ConclusionRow = {
  id: string;
  draft_id: string;
  version_id: string;
  kind: ConclusionKind;
  organization_bin: string;
  summary: string;
  file_id: string;
  created_at: Date;
  version_number: number;
  org_name_kk: string | null;
  org_name_ru: string | null;
  file_name: string;
  file_mime: string;
  file_size: number;
};

export async function conclusionsOf(db: Db, draftId: string): Promise<ConclusionRow[]> {
  const rows = await db
    .selectFrom('legislation_conclusions as k')
    .innerJoin('legislation_versions as v', 'v.id', 'k.version_id')
    .innerJoin('files as f', 'f.id', 'k.file_id')
    .select([
      'k.id',
      'k.draft_id',
      'k.version_id',
      'k.kind',
      'k.organization_bin',
      'k.summary',
      'k.file_id',
      'k.created_at',
      'v.number as version_number',
      'f.original_name as file_name',
      'f.mime as file_mime',
      'f.size_bytes as file_size',
    ])
    .where('k.draft_id', '=', draftId)
    .orderBy('k.created_at')
    .execute();
  return (await withOrgNames(db, rows)) as ConclusionRow[];
}

export async function findConclusionFile(db: Db, draftId: string, conclusionId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(conclusionId)) return undefined;
  return db
    .selectFrom('legislation_conclusions as k')
    .innerJoin('files as f', 'f.id', 'k.file_id')
    .select(['f.storage_key', 'f.original_name', 'f.mime'])
    .where('k.id', '=', conclusionId)
    .where('k.draft_id', '=', draftId)
    .executeTakeFirst();
}

export async function insertConclusion(
  db: Db,
  v: {
    draftId: string;
    versionId: string;
    kind: ConclusionKind;
    bin: string;
    summary: string;
    fileId: string;
    by: string;
    at: Date;
  },
) {
  return db
    .insertInto('legislation_conclusions')
    .values({
      draft_id: v.draftId,
      version_id: v.versionId,
      kind: v.kind,
      organization_bin: v.bin,
      summary: v.summary,
      file_id: v.fileId,
      submitted_by: v.by,
      created_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A demo person as the commands see them: the account and the bodies and organisations they belong to. */
export async function demoActorRow(db: Db, email: string) {
  const u = await db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'roles'])
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  const ms = await db.selectFrom('memberships').select(['org_type', 'org_id']).where('user_id', '=', u.id).execute();
  return { ...u, memberships: ms };
}

export async function stateBodiesList(db: Db) {
  return db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'kind', 'name_kk', 'name_ru', 'name_en', 'region'])
    .orderBy('code')
    .execute();
}

/** Drafts whose discussion should have closed by `now` (for the sweep after a restart). */
export async function overdueOpenDrafts(db: Db, now: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('legislation_drafts')
    .select('id')
    .where('status', '=', 'open')
    .where('closes_at', '<=', now)
    .execute();
  return rows.map((r) => r.id);
}

// ------------------------------------------------------------- open data

export async function draftsBatch(db: Db, after: string, limit: number, now: Date) {
  const rows = await draftSelect(db)
    .select([
      sql<number>`(select count(*) from legislation_comments c where c.draft_id = d.id)::int`.as('comments'),
      sql<number>`(select count(*) from legislation_comments c where c.draft_id = d.id and c.answer_status is not null)::int`.as(
        'answered',
      ),
      sql<number>`(select count(*) from legislation_conclusions k where k.draft_id = d.id)::int`.as('conclusions'),
      effective(now).as('effective_status'),
    ])
    .where('d.status', '<>', 'draft')
    .where('d.id', '>', after)
    .orderBy('d.id')
    .limit(limit)
    .execute();
  return rows.map((r) => fixDraft(r));
}

export async function commentsBatch(db: Db, after: string, limit: number) {
  return db
    .selectFrom('legislation_comments as c')
    .innerJoin('legislation_units as u', 'u.id', 'c.unit_id')
    .innerJoin('legislation_versions as v', 'v.id', 'c.version_id')
    .innerJoin('legislation_drafts as d', 'd.id', 'c.draft_id')
    .select([
      'c.id',
      'c.draft_id',
      'v.number as version',
      'u.key as unit_key',
      'c.author_name',
      'c.organization_bin',
      'c.body',
      'c.lang',
      'c.created_at',
      'c.supports',
      'c.answer_status',
      'c.answer_reason',
      'c.answered_at',
    ])
    .where('d.status', '<>', 'draft')
    .where('c.id', '>', after)
    .orderBy('c.id')
    .limit(limit)
    .execute();
}

export async function draftStats(db: Db) {
  const r = await db
    .selectFrom('legislation_drafts')
    .select([sql<number>`count(*)::int`.as('n'), sql<Date | null>`max(updated_at)`.as('at')])
    .where('status', '<>', 'draft')
    .executeTakeFirstOrThrow();
  return { records: Number(r.n), updatedAt: r.at ? new Date(r.at) : null };
}

export async function commentStats(db: Db) {
  const r = await db
    .selectFrom('legislation_comments as c')
    .innerJoin('legislation_drafts as d', 'd.id', 'c.draft_id')
    .select([
      sql<number>`count(*)::int`.as('n'),
      sql<Date | null>`max(greatest(c.created_at, coalesce(c.answered_at, c.created_at)))`.as('at'),
    ])
    .where('d.status', '<>', 'draft')
    .executeTakeFirstOrThrow();
  return { records: Number(r.n), updatedAt: r.at ? new Date(r.at) : null };
}

/** Comments per calendar year in Asia/Almaty (the national figure). */
export async function commentsPerYear(db: Db): Promise<{ year: number; n: number }[]> {
  const rows = await sql<{ year: number; n: number }>`
    select extract(year from (c.created_at at time zone 'UTC') + case when c.created_at < timestamptz '2024-02-29T18:00:00Z' then interval '6 hours' else interval '5 hours' end)::int as year,
      count(*)::int as n
    from legislation_comments c join legislation_drafts d on d.id = c.draft_id
    where d.status <> 'draft'
    group by 1 order by 1`.execute(db);
  return rows.rows.map((r) => ({ year: Number(r.year), n: Number(r.n) }));
}

/** Discussions opened most recently (the feed). */
export async function recentlyOpened(db: Db, limit: number) {
  const rows = await draftSelect(db)
    .where('d.status', '<>', 'draft')
    .where('d.opened_at', 'is not', null)
    .orderBy('d.opened_at', 'desc')
    .orderBy('d.id')
    .limit(limit)
    .execute();
  return rows.map((r) => fixDraft(r) as DraftRow);
}
