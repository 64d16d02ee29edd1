/** Comments on a draft, their support and the developer's answers. */
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';
import type { ColumnType } from 'kysely';
import type { AnswerStatus } from '../domain.ts';
import type { LegislationTables } from '../tables.ts';
import { withOrgNames } from './columns.ts';

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
