/** Drafts: finding, listing with the effective state, creating and changing them. */
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';
import type { DraftKind, DraftState } from '../domain.ts';
import { DRAFT_COLUMNS, draftSelect, effective, fixDraft } from './columns.ts';

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
        ...DRAFT_COLUMNS,
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
