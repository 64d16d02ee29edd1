/** Plans of topics, their public discussion and its comments. */
import type { Db } from '../../../platform/db/schema.ts';
import type { Instrument, PlanStatus } from '../domain.ts';
import { isUuid } from './rows.ts';

export async function findPlan(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('funding_plans').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function listPlans(db: Db, opts: { bodyId?: string } = {}) {
  let q = db.selectFrom('funding_plans').selectAll();
  if (opts.bodyId) q = q.where('state_body_id', '=', opts.bodyId);
  return q.orderBy('year', 'desc').orderBy('created_at', 'desc').limit(200).execute();
}

export async function planTopics(db: Db, planId: string) {
  return db.selectFrom('funding_topics').selectAll().where('plan_id', '=', planId).orderBy('created_at').execute();
}

export async function planComments(db: Db, planId: string) {
  return db
    .selectFrom('funding_plan_comments')
    .selectAll()
    .where('plan_id', '=', planId)
    .orderBy('created_at')
    .execute();
}

export async function insertPlan(
  db: Db,
  v: { stateBodyId: string; instrument: Instrument; year: number; title: string; createdBy: string },
) {
  return db
    .insertInto('funding_plans')
    .values({
      state_body_id: v.stateBodyId,
      instrument: v.instrument,
      year: v.year,
      title: v.title,
      created_by: v.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function insertTopic(
  db: Db,
  v: {
    planId: string;
    title: string;
    description: string;
    area: string;
    region: string | null;
    evidence: string;
    evidenceLinks: string[];
  },
) {
  return db
    .insertInto('funding_topics')
    .values({
      plan_id: v.planId,
      title: v.title,
      description: v.description,
      area: v.area,
      region: v.region,
      evidence: v.evidence,
      evidence_links: v.evidenceLinks,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function planHasTopics(db: Db, planId: string): Promise<boolean> {
  const rows = await db.selectFrom('funding_topics').select('id').where('plan_id', '=', planId).limit(1).execute();
  return rows.length > 0;
}

export async function topicOfPlan(db: Db, planId: string, topicId: string) {
  return db
    .selectFrom('funding_topics')
    .select('id')
    .where('id', '=', topicId)
    .where('plan_id', '=', planId)
    .executeTakeFirst();
}

/** Moves a plan to its next status (from its lifecycle), bumping its version. */
export async function setPlanStatus(
  db: Db,
  plan: { id: string; version: number },
  v: { status: PlanStatus; at: Date; discussion?: { startsAt: Date; endsAt: Date }; approved?: boolean },
) {
  await db
    .updateTable('funding_plans')
    .set({
      status: v.status,
      updated_at: v.at,
      version: plan.version + 1,
      ...(v.discussion ? { discussion_starts_at: v.discussion.startsAt, discussion_ends_at: v.discussion.endsAt } : {}),
      ...(v.approved ? { approved_at: v.at } : {}),
    })
    .where('id', '=', plan.id)
    .execute();
}

export async function unansweredComments(db: Db, planId: string): Promise<number> {
  const r = await db
    .selectFrom('funding_plan_comments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('plan_id', '=', planId)
    .where('answer', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function findComment(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('funding_plan_comments').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function insertComment(
  db: Db,
  v: { planId: string; topicId: string | null; authorId: string; authorName: string; body: string; at: Date },
) {
  return db
    .insertInto('funding_plan_comments')
    .values({
      plan_id: v.planId,
      topic_id: v.topicId,
      author_id: v.authorId,
      author_name: v.authorName,
      body: v.body,
      created_at: v.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function saveCommentAnswer(db: Db, id: string, v: { answer: string; by: string; at: Date }) {
  await db
    .updateTable('funding_plan_comments')
    .set({ answer: v.answer, answered_by: v.by, answered_at: v.at })
    .where('id', '=', id)
    .execute();
}
