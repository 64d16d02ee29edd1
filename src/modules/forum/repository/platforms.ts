/** Dialogue platforms, participants' proposals and their supports. */
import type { Db } from '../../../platform/db/schema.ts';
import { findForum } from './forums.ts';
import { isUuid, like } from './sql.ts';

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
