/**
 * What funding publishes beyond its pages: the indicators' inputs, the SDG list of projects, the
 * feed of calls, the rating input, and what the synthetic history is built from.
 */
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';

/** Every survey answer with its project's region (the satisfaction indicator). */
export async function satisfactionAnswers(db: Db) {
  return db
    .selectFrom('funding_survey_responses as s')
    .innerJoin('funding_projects as p', 'p.id', 's.project_id')
    .select(['p.region', 's.created_at', 's.score'])
    .execute();
}

/** Every contract's amount, region and signing instant (the amount-awarded indicator). */
export async function awardedAmounts(db: Db) {
  return db.selectFrom('funding_projects').select(['region', 'signed_at', 'amount_tiyn']).execute();
}

/** The newest projects in these areas (the SDG pages' list of projects). */
export async function projectsInAreas(db: Db, areas: readonly string[], limit: number) {
  if (!areas.length) return [];
  return db
    .selectFrom('funding_projects')
    .select(['id', 'title'])
    .where('area', 'in', [...areas])
    .orderBy('signed_at', 'desc')
    .limit(limit)
    .execute();
}

/** The latest announced published calls (the feed). */
export async function latestPublishedCalls(db: Db, limit: number) {
  return db
    .selectFrom('funding_calls')
    .select(['id', 'number', 'title', 'description', 'announced_at', 'updated_at', 'closes_at'])
    .where('status', '=', 'published')
    .orderBy('announced_at', 'desc')
    .limit(limit)
    .execute();
}

/** The evaluation scores of the organisations' projects evaluated by `at` (the NGO rating input). */
export async function evaluationScoresOf(db: Db, bins: readonly string[], at: Date) {
  if (!bins.length) return [];
  return db
    .selectFrom('funding_evaluations as e')
    .innerJoin('funding_projects as p', 'p.id', 'e.project_id')
    .select(['p.bin', 'e.score'])
    .where('p.bin', 'in', [...bins])
    .where('e.evaluated_at', '<=', at)
    .execute();
}

/** Contracted sums and counts by signing year (Asia/Almaty), instrument, region and area (the dashboard). */
export async function projectTotals(db: Db) {
  const r = await sql<{
    year: number;
    instrument: string;
    region: string | null;
    area: string;
    tiyn: string | number;
    projects: number;
  }>`
    select extract(year from signed_at at time zone 'Asia/Almaty')::int as year, instrument, region, area,
      sum(amount_tiyn) as tiyn, count(*)::int as projects
    from funding_projects group by 1, 2, 3, 4`.execute(db);
  return r.rows;
}
