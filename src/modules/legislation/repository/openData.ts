/** Open data: batches and statistics of public drafts and comments, the feed. */
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';
import { draftSelect, effective, fixDraft } from './columns.ts';
import type { DraftRow } from './drafts.ts';

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
