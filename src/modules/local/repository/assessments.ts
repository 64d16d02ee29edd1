/** Queries of the residents' assessment of akimats (and the akimats themselves). */
import { sql, type Insertable } from 'kysely';
import type { DB, Db } from '../../../platform/db/schema.ts';

// ----------------------------------------------------------- assessments

export async function findStateBody(db: Db, idOrCode: string) {
  const q = db.selectFrom('state_bodies').select(['id', 'code', 'kind', 'name_kk', 'name_ru', 'name_en', 'region']);
  return /^[0-9a-f-]{36}$/i.test(idOrCode)
    ? q.where('id', '=', idOrCode).executeTakeFirst()
    : q.where('code', '=', idOrCode).executeTakeFirst();
}

export async function listAkimats(db: Db, region?: string) {
  let q = db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'kind', 'name_kk', 'name_ru', 'name_en', 'region'])
    .where('kind', '=', 'akimat');
  if (region) q = q.where('region', '=', region);
  return q.orderBy('region').orderBy('code').execute();
}

export async function hasAssessed(db: Db, bodyId: string, userId: string, period: string): Promise<boolean> {
  return !!(await db
    .selectFrom('local_assessments')
    .select('id')
    .where('state_body_id', '=', bodyId)
    .where('user_id', '=', userId)
    .where('period', '=', period)
    .executeTakeFirst());
}

export async function insertAssessment(
  db: Db,
  v: {
    bodyId: string;
    userId: string;
    period: string;
    score: number;
    comment: string | null;
    region: string;
    at?: Date;
  },
): Promise<boolean> {
  const row = await db
    .insertInto('local_assessments')
    .values({
      state_body_id: v.bodyId,
      user_id: v.userId,
      period: v.period,
      score: v.score,
      comment: v.comment,
      residence_region: v.region,
      ...(v.at ? { created_at: v.at } : {}),
    })
    .onConflict((oc) => oc.columns(['state_body_id', 'user_id', 'period']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return !!row;
}

/** Count, sum and the distribution of scores per body and period (aggregates only: no person). */
export async function assessmentAggregates(db: Db, opts: { bodyId?: string; region?: string; period?: string } = {}) {
  let q = db
    .selectFrom('local_assessments as a')
    .innerJoin('state_bodies as b', 'b.id', 'a.state_body_id')
    .select([
      'a.state_body_id',
      'b.code',
      'b.name_kk',
      'b.name_ru',
      'b.name_en',
      'b.region',
      'a.period',
      (eb) => eb.fn.countAll<number>().as('count'),
      (eb) => eb.fn.sum<number>('a.score').as('sum'),
      sql<number>`count(*) filter (where a.score = 1)`.as('s1'),
      sql<number>`count(*) filter (where a.score = 2)`.as('s2'),
      sql<number>`count(*) filter (where a.score = 3)`.as('s3'),
      sql<number>`count(*) filter (where a.score = 4)`.as('s4'),
      sql<number>`count(*) filter (where a.score = 5)`.as('s5'),
    ])
    .groupBy(['a.state_body_id', 'b.code', 'b.name_kk', 'b.name_ru', 'b.name_en', 'b.region', 'a.period']);
  if (opts.bodyId) q = q.where('a.state_body_id', '=', opts.bodyId);
  if (opts.region) q = q.where('b.region', '=', opts.region);
  if (opts.period) q = q.where('a.period', '=', opts.period);
  const rows = await q.orderBy('a.period', 'desc').orderBy('b.region').orderBy('b.code').execute();
  return rows.map((r) => ({
    ...r,
    count: Number(r.count),
    sum: Number(r.sum),
    distribution: [Number(r.s1), Number(r.s2), Number(r.s3), Number(r.s4), Number(r.s5)],
  }));
}

export async function recentComments(db: Db, bodyId: string, limit = 10) {
  return db
    .selectFrom('local_assessments')
    .select(['id', 'period', 'score', 'comment', 'created_at'])
    .where('state_body_id', '=', bodyId)
    .where('comment', 'is not', null)
    .where('comment', '<>', '')
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function assessmentPeriods(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('local_assessments').select('period').distinct().orderBy('period', 'desc').execute();
  return rows.map((r) => r.period);
}

/** District akimats of the demo, added once (a body already there is left as it is). */
export async function insertDistrictAkimats(
  db: Db,
  rows: { code: string; name_kk: string; name_ru: string; name_en: string; region: string }[],
) {
  await db
    .insertInto('state_bodies')
    .values(rows.map((r) => ({ ...r, kind: 'akimat' })))
    .onConflict((oc) => oc.column('code').doNothing())
    .execute();
}

export type DemoAssessment = Insertable<DB['local_assessments']>;

/** The demo's ratings in batches of 500 (one a person, body and period: duplicates are skipped). */
export async function insertDemoAssessments(db: Db, rows: DemoAssessment[]) {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('local_assessments')
      .values(rows.slice(i, i + 500))
      .onConflict((oc) => oc.doNothing())
      .execute();
}
