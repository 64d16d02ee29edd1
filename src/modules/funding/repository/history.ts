/**
 * History written in bulk, not through commands: the demo's two years and the synthetic history
 * of the export benchmark. Plain rows in batches of 500, table after table in the order their
 * references need; the audit entries (dated in the past, which `audit()` would stamp now) last.
 */
import { sql, type Insertable } from 'kysely';
import type { DB, Db } from '../../../platform/db/schema.ts';
import { organizationBins } from '../../registry/index.ts';

const HISTORY_TABLES = [
  'funding_plans',
  'funding_topics',
  'funding_plan_comments',
  'funding_calls',
  'funding_lots',
  'funding_applications',
  'funding_panels',
  'funding_panel_members',
  'funding_conflicts',
  'funding_scores',
  'funding_decisions',
  'funding_decision_corrections',
  'funding_projects',
  'funding_milestones',
  'funding_budget_lines',
  'funding_reports',
  'funding_spending',
  'funding_visits',
  'funding_survey_responses',
  'funding_evaluations',
  'audit_log',
] as const;
type HistoryTable = (typeof HISTORY_TABLES)[number];
export type HistoryRows = { [T in HistoryTable]?: Insertable<DB[T]>[] };

const BATCH = 500;

/** Inserts the rows of each table given, in batches, in reference order. */
export async function insertHistory(db: Db, rows: HistoryRows): Promise<void> {
  for (const table of HISTORY_TABLES) {
    const list = (rows[table] ?? []) as Insertable<DB[HistoryTable]>[];
    for (let i = 0; i < list.length; i += BATCH)
      await db
        .insertInto(table)
        .values(list.slice(i, i + BATCH) as never)
        .execute();
  }
}

/** Refreshes the planner's statistics of the big tables after a bulk load. */
export async function analyzeFundingTables(db: Db): Promise<void> {
  await sql`analyze funding_calls, funding_applications, funding_projects`.execute(db);
}

/** Up to `limit` organisations' BINs in BIN order, and the ids of the bodies that fund (ministries, akimats, the operator): what synthetic history is built from. */
export async function historySources(db: Db, limit: number): Promise<{ bins: string[]; bodies: string[] }> {
  const bins = await organizationBins(db, limit);
  const bodies = (
    await sql<{
      id: string;
    }>`select id from state_bodies where kind in ('ministry', 'akimat', 'operator') order by code`.execute(db)
  ).rows;
  return { bins, bodies: bodies.map((r) => r.id) };
}
