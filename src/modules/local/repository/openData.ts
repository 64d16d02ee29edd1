/** Queries behind local participation's open data: indicators, streamed exports, statistics. */
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';
import { CYCLE_COLUMNS } from './columns.ts';

// ------------------------------------------------------------ open data

export async function ballotsByRegionYear(db: Db) {
  const rows = await db
    .selectFrom('budget_ballots')
    .select([
      'residence_region as region',
      sql<number>`extract(year from cast_at at time zone 'Asia/Almaty')::int`.as('year'),
      (eb) => eb.fn.countAll<number>().as('n'),
    ])
    .groupBy(['residence_region', sql`2`])
    .execute();
  return rows.map((r) => ({ region: r.region, year: Number(r.year), n: Number(r.n) }));
}

export async function scoresByRegionYear(db: Db) {
  const rows = await db
    .selectFrom('local_assessments as a')
    .innerJoin('state_bodies as b', 'b.id', 'a.state_body_id')
    .select([
      'b.region',
      sql<number>`substr(a.period, 1, 4)::int`.as('year'),
      (eb) => eb.fn.countAll<number>().as('n'),
      (eb) => eb.fn.sum<number>('a.score').as('sum'),
    ])
    .groupBy(['b.region', sql`2`])
    .execute();
  return rows.map((r) => ({ region: r.region, year: Number(r.year), n: Number(r.n), sum: Number(r.sum) }));
}

export async function cycleExportBatch(db: Db, after: string, limit: number) {
  const rows = await db
    .selectFrom('budget_cycles as c')
    .innerJoin('state_bodies as b', 'b.id', 'c.state_body_id')
    .select(CYCLE_COLUMNS)
    .select((eb) =>
      eb
        .selectFrom('budget_ballots as v')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('v.cycle_id', '=', 'c.id')
        .as('ballots'),
    )
    .where('c.status', '<>', 'draft')
    .where(sql<string>`c.id::text`, '>', after)
    .orderBy(sql`c.id::text`)
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, budget: Number(r.budget), ballots: Number(r.ballots ?? 0) }));
}

export async function proposalExportBatch(db: Db, after: string, limit: number) {
  const rows = await db
    .selectFrom('budget_proposals as p')
    .innerJoin('budget_cycles as c', 'c.id', 'p.cycle_id')
    .select([
      'p.id',
      'p.cycle_id',
      'c.region',
      'c.year',
      'p.title',
      'p.cost',
      'p.location',
      'p.status',
      'p.review_reason',
      'p.votes',
      'p.implementation',
      'p.created_at',
    ])
    .where('c.status', '<>', 'draft')
    .where(sql<string>`p.id::text`, '>', after)
    .orderBy(sql`p.id::text`)
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, cost: Number(r.cost) }));
}

export async function datasetStats(db: Db, table: 'budget_cycles' | 'budget_proposals' | 'local_assessments') {
  const r = await db
    .selectFrom(table)
    .select([(eb) => eb.fn.countAll<number>().as('n'), sql<Date | null>`max(created_at)`.as('at')])
    .executeTakeFirstOrThrow();
  return { records: Number(r.n), updatedAt: r.at ? new Date(r.at) : null };
}
