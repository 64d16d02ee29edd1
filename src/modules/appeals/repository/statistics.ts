/** Scorecard figures and what the open data is computed from (no personal data). */
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';
import type { IsoDate } from '../../../reference/index.ts';
import type { BodyRecord } from '../domain.ts';

/**
 * Scorecard figures per body for appeals registered in `year`: received, answered, answered by
 * the due date, overdue (answered late, or unanswered past the due date on `today`), mean rating.
 */
export async function bodyRecords(
  db: Db,
  year: number,
  today: IsoDate,
  bodyId?: string,
): Promise<Map<string, BodyRecord>> {
  let q = db
    .selectFrom('appeals')
    .select((eb) => [
      'state_body_id',
      eb.fn.countAll<number>().as('received'),
      sql<number>`count(*) filter (where answered_on is not null)`.as('answered'),
      sql<number>`count(*) filter (where answered_on is not null and answered_on <= due_on)`.as('on_time'),
      sql<number>`count(*) filter (where (answered_on is null and due_on < ${today}::date) or answered_on > due_on)`.as(
        'overdue',
      ),
      sql<number | null>`avg(rating)::float8`.as('avg_rating'),
    ])
    .where('registered_year', '=', year)
    .groupBy('state_body_id');
  if (bodyId) q = q.where('state_body_id', '=', bodyId);
  const rows = await q.execute();
  return new Map(
    rows.map((r) => [
      r.state_body_id,
      {
        received: Number(r.received),
        answered: Number(r.answered),
        answeredOnTime: Number(r.on_time),
        overdue: Number(r.overdue),
        averageRating: r.avg_rating === null ? null : Math.round(Number(r.avg_rating) * 100) / 100,
      },
    ]),
  );
}

/** The same figures grouped by the region of the body (null for national bodies), per year. */
export async function regionYearRecords(db: Db, today: IsoDate) {
  const rows = await db
    .selectFrom('appeals as a')
    .innerJoin('state_bodies as b', 'b.id', 'a.state_body_id')
    .select((eb) => [
      'b.region',
      'a.registered_year as year',
      eb.fn.countAll<number>().as('received'),
      sql<number>`count(*) filter (where a.answered_on is not null and a.answered_on <= a.due_on)`.as('on_time'),
      sql<number>`count(*) filter (where a.answered_on is not null or a.due_on < ${today}::date)`.as('decided'),
    ])
    .groupBy(['b.region', 'a.registered_year'])
    .execute();
  return rows.map((r) => ({
    region: r.region,
    year: Number(r.year),
    received: Number(r.received),
    onTime: Number(r.on_time),
    decided: Number(r.decided),
  }));
}

/** Years that have appeals, newest first. */
export async function appealYears(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom('appeals')
    .select('registered_year')
    .distinct()
    .orderBy('registered_year', 'desc')
    .execute();
  return rows.map((r) => Number(r.registered_year));
}

/** When an appeal last changed (the open dataset's "updated at"), or null with none. */
export async function lastAppealUpdate(db: Db): Promise<Date | null> {
  const r = await db
    .selectFrom('appeals')
    .select((eb) => eb.fn.max('updated_at').as('at'))
    .executeTakeFirstOrThrow();
  return r.at ? new Date(r.at as string | Date) : null;
}
