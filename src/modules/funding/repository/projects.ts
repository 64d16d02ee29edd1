/** Projects (contracts), their milestones, budget lines, reports and spending, visits, surveys and evaluations. */
import type { Insertable } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';
import type { Instrument, ProjectStatus, ReportStatus } from '../domain.ts';
import type { FundingTables } from '../tables.ts';
import { isUuid, json, num, numOrNull, projectOut } from './rows.ts';

export async function findProject(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('funding_projects').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? projectOut(row) : undefined;
}
export type ProjectRow = NonNullable<Awaited<ReturnType<typeof findProject>>>;

export async function listProjects(
  db: Db,
  q: {
    status?: string;
    region?: string;
    area?: string;
    bin?: string;
    bodyId?: string;
    instrument?: string;
    q?: string;
    page: number;
    pageSize: number;
  },
) {
  let base = db.selectFrom('funding_projects');
  if (q.status) base = base.where('status', '=', q.status as ProjectStatus);
  if (q.region) base = base.where('region', '=', q.region);
  if (q.area) base = base.where('area', '=', q.area);
  if (q.bin) base = base.where('bin', '=', q.bin);
  if (q.bodyId) base = base.where('state_body_id', '=', q.bodyId);
  if (q.instrument) base = base.where('instrument', '=', q.instrument as Instrument);
  if (q.q) base = base.where((eb) => eb.or([eb('title', 'ilike', `%${q.q}%`), eb('number', 'ilike', `%${q.q}%`)]));
  const [items, total] = await Promise.all([
    base
      .selectAll()
      .orderBy('signed_at', 'desc')
      .orderBy('id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(projectOut), total: Number(total.n) };
}

export async function projectDetail(db: Db, projectId: string) {
  const [milestones, lines, reports, spending, visits, survey, evaluation] = await Promise.all([
    db.selectFrom('funding_milestones').selectAll().where('project_id', '=', projectId).orderBy('position').execute(),
    db.selectFrom('funding_budget_lines').selectAll().where('project_id', '=', projectId).orderBy('position').execute(),
    db.selectFrom('funding_reports').selectAll().where('project_id', '=', projectId).orderBy('submitted_at').execute(),
    db
      .selectFrom('funding_spending as s')
      .innerJoin('funding_reports as r', 'r.id', 's.report_id')
      .select(['s.budget_line_id', 's.report_id', 's.amount_tiyn', 'r.status'])
      .where('r.project_id', '=', projectId)
      .execute(),
    db.selectFrom('funding_visits').selectAll().where('project_id', '=', projectId).orderBy('visited_on').execute(),
    db
      .selectFrom('funding_survey_responses')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.avg<number>('score').as('avg')])
      .where('project_id', '=', projectId)
      .executeTakeFirstOrThrow(),
    db.selectFrom('funding_evaluations').selectAll().where('project_id', '=', projectId).executeTakeFirst(),
  ]);
  return {
    milestones,
    lines: lines.map((l) => ({ ...l, planned_tiyn: num(l.planned_tiyn) })),
    reports: reports.map((r) => ({ ...r, indicator_values: json<Record<string, number>>(r.indicator_values) })),
    spending: spending.map((s) => ({ ...s, amount_tiyn: num(s.amount_tiyn) })),
    visits,
    survey: {
      count: Number(survey.n),
      average: survey.avg === null ? null : Math.round(Number(survey.avg) * 100) / 100,
    },
    evaluation: evaluation
      ? {
          ...evaluation,
          indicators: json<{ name: string; target: number; actual: number }[]>(evaluation.indicators),
          achievement: num(evaluation.achievement),
          sroi: numOrNull(evaluation.sroi),
          cost_per_beneficiary_tiyn: numOrNull(evaluation.cost_per_beneficiary_tiyn),
          social_value_tiyn: numOrNull(evaluation.social_value_tiyn),
        }
      : undefined,
  };
}

export async function findReport(db: Db, id: string) {
  if (!isUuid(id)) return undefined;
  const r = await db.selectFrom('funding_reports').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? { ...r, indicator_values: json<Record<string, number>>(r.indicator_values) } : undefined;
}

export async function surveyAverage(db: Db, projectId: string): Promise<number | null> {
  const r = await db
    .selectFrom('funding_survey_responses')
    .select((eb) => eb.fn.avg<number>('score').as('avg'))
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  return r.avg === null ? null : Number(r.avg);
}

export async function projectOfApplication(db: Db, applicationId: string) {
  return db.selectFrom('funding_projects').select('id').where('application_id', '=', applicationId).executeTakeFirst();
}

export async function projectBySurveyToken(db: Db, token: string) {
  return db.selectFrom('funding_projects').selectAll().where('survey_token', '=', token).executeTakeFirst();
}

export async function insertSurveyResponse(db: Db, v: { projectId: string; score: number; comment: string; at: Date }) {
  await db
    .insertInto('funding_survey_responses')
    .values({ project_id: v.projectId, score: v.score, comment: v.comment, created_at: v.at })
    .execute();
}

/** The number the call's next contract gets: `<call number>/<n>`. */
export async function nextContractNumber(db: Db, call: { id: string; number: string }): Promise<string> {
  const r = await db
    .selectFrom('funding_projects')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('call_id', '=', call.id)
    .executeTakeFirstOrThrow();
  return `${call.number}/${Number(r.n) + 1}`;
}

/** A signed contract: the project with its milestones and budget lines, in their order. */
export async function insertProject(
  db: Db,
  project: Insertable<FundingTables['funding_projects']>,
  milestones: { title: string; dueOn: string }[],
  lines: { item: string; plannedTiyn: number }[],
) {
  const row = await db.insertInto('funding_projects').values(project).returning('id').executeTakeFirstOrThrow();
  if (milestones.length)
    await db
      .insertInto('funding_milestones')
      .values(milestones.map((m, i) => ({ project_id: row.id, position: i + 1, title: m.title, due_on: m.dueOn })))
      .execute();
  if (lines.length)
    await db
      .insertInto('funding_budget_lines')
      .values(lines.map((l, i) => ({ project_id: row.id, position: i + 1, item: l.item, planned_tiyn: l.plannedTiyn })))
      .execute();
  return row;
}

/** Moves a project to its next status (from its lifecycle), bumping its version. */
export async function setProjectStatus(
  db: Db,
  project: { id: string; version: number },
  v: { status: ProjectStatus; at: Date },
) {
  await db
    .updateTable('funding_projects')
    .set({ status: v.status, updated_at: v.at, version: project.version + 1 })
    .where('id', '=', project.id)
    .execute();
}

export async function insertEvaluation(db: Db, row: Insertable<FundingTables['funding_evaluations']>) {
  await db.insertInto('funding_evaluations').values(row).execute();
}

export async function insertVisit(db: Db, row: Insertable<FundingTables['funding_visits']>) {
  return db.insertInto('funding_visits').values(row).returning('id').executeTakeFirstOrThrow();
}

/** A final report still waiting for its review (no second report meanwhile). */
export async function pendingFinalReport(db: Db, projectId: string) {
  return db
    .selectFrom('funding_reports')
    .select('id')
    .where('project_id', '=', projectId)
    .where('status', '=', 'submitted')
    .where('kind', '=', 'final')
    .executeTakeFirst();
}

export async function budgetLinesOf(db: Db, projectId: string) {
  const rows = await db.selectFrom('funding_budget_lines').selectAll().where('project_id', '=', projectId).execute();
  return rows.map((l) => ({ ...l, planned_tiyn: num(l.planned_tiyn) }));
}

/** Tiyn spent per budget line in the project's reports that were not returned. */
export async function spentByLine(db: Db, projectId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('funding_spending as s')
    .innerJoin('funding_reports as r', 'r.id', 's.report_id')
    .select(['s.budget_line_id', (eb) => eb.fn.sum<number>('s.amount_tiyn').as('total')])
    .where('r.project_id', '=', projectId)
    .where('r.status', '<>', 'returned')
    .groupBy('s.budget_line_id')
    .execute();
  return new Map(rows.map((r) => [r.budget_line_id, num(r.total)]));
}

/** A report with its spending per budget line (lines with nothing spent are left out). */
export async function insertReport(
  db: Db,
  report: Insertable<FundingTables['funding_reports']>,
  spending: Record<string, number>,
) {
  const row = await db.insertInto('funding_reports').values(report).returning('id').executeTakeFirstOrThrow();
  const rows = Object.entries(spending)
    .filter(([, a]) => a > 0)
    .map(([budget_line_id, amount_tiyn]) => ({ report_id: row.id, budget_line_id, amount_tiyn }));
  if (rows.length) await db.insertInto('funding_spending').values(rows).execute();
  return row;
}

export async function setReportReview(db: Db, id: string, v: { status: ReportStatus; note: string | null; at: Date }) {
  await db
    .updateTable('funding_reports')
    .set({ status: v.status, review_note: v.note, reviewed_at: v.at })
    .where('id', '=', id)
    .execute();
}
