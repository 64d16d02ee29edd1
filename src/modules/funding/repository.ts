/**
 * Kysely table types of migrations/0003_funding.sql and the module's queries, named by intent.
 * bigint and numeric columns arrive as strings on PostgreSQL: rows are read through `num()`.
 */
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { PlatformTables } from '../../platform/db/tables.ts';
import type {
  ApplicationStatus,
  BudgetLine,
  CallStatus,
  Instrument,
  PlanStatus,
  ProjectStatus,
  ReportStatus,
  RubricCriterion,
} from './domain.ts';
import type { Indicator, Activity, TeamMember, FundingTables } from './tables.ts';
export type { Indicator, Activity, TeamMember, FundingTables } from './tables.ts';

/** The registry's table read for names (read-only; the registry owns it). */
interface OrgNames {
  organizations: {
    bin: string;
    name_kk: string;
    name_ru: string;
    name_en: string | null;
    region: string;
    status: string;
    verification: string;
  };
}

import type { Db } from '../../platform/db/schema.ts';
export type { Db } from '../../platform/db/schema.ts';

export const num = (v: string | number | null | undefined): number => (v === null || v === undefined ? 0 : Number(v));
export const numOrNull = (v: string | number | null | undefined): number | null =>
  v === null || v === undefined ? null : Number(v);
const parse = <T>(v: unknown): T => (typeof v === 'string' ? JSON.parse(v) : v) as T;
export const json = parse;

// -------------------------------------------------------------- bodies

export async function findBody(db: Db, idOrCode: string) {
  const isUuid = /^[0-9a-f-]{36}$/.test(idOrCode);
  return db
    .selectFrom('state_bodies')
    .selectAll()
    .where(isUuid ? 'id' : 'code', '=', idOrCode)
    .executeTakeFirst();
}

export async function bodiesByIds(db: Db, ids: string[]) {
  if (!ids.length)
    return new Map<
      string,
      { id: string; code: string; name_kk: string; name_ru: string; name_en: string; region: string | null }
    >();
  const rows = await db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'name_kk', 'name_ru', 'name_en', 'region'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export async function orgsByBins(db: Db, bins: string[]) {
  if (!bins.length) return new Map<string, OrgNames['organizations']>();
  const rows = await db
    .selectFrom('organizations')
    .select(['bin', 'name_kk', 'name_ru', 'name_en', 'region'])
    .where('bin', 'in', [...new Set(bins)])
    .execute();
  return new Map(rows.map((r) => [r.bin, r]));
}

// --------------------------------------------------------------- plans

export async function findPlan(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('funding_plans').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}
export const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

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

// --------------------------------------------------------------- calls

export async function findCall(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('funding_calls').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? { ...row, rubric: parse<RubricCriterion[]>(row.rubric) } : undefined;
}
export type CallRow = NonNullable<Awaited<ReturnType<typeof findCall>>>;

export async function listCalls(
  db: Db,
  q: { status?: string; instrument?: string; bodyId?: string; page: number; pageSize: number; publicOnly?: boolean },
) {
  let base = db.selectFrom('funding_calls');
  if (q.status) base = base.where('status', '=', q.status as CallStatus);
  if (q.publicOnly) base = base.where('status', '<>', 'draft');
  if (q.instrument) base = base.where('instrument', '=', q.instrument as Instrument);
  if (q.bodyId) base = base.where('state_body_id', '=', q.bodyId);
  const [items, total] = await Promise.all([
    base
      .selectAll()
      .orderBy('opens_at', 'desc')
      .orderBy('id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map((r) => ({ ...r, rubric: parse<RubricCriterion[]>(r.rubric) })), total: Number(total.n) };
}

export async function callLots(db: Db, callId: string) {
  const rows = await db
    .selectFrom('funding_lots')
    .selectAll()
    .where('call_id', '=', callId)
    .orderBy('number')
    .execute();
  return rows.map(lotOut);
}
const lotOut = <R extends { indicators: unknown; budget_tiyn: string | number; prize_tiyn: string | number | null }>(
  r: R,
) => ({
  ...r,
  indicators: parse<Indicator[]>(r.indicators),
  budget_tiyn: num(r.budget_tiyn),
  prize_tiyn: numOrNull(r.prize_tiyn),
});

export async function findLot(db: Db, id: string) {
  if (!isUuid(id)) return undefined;
  const row = await db.selectFrom('funding_lots').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? lotOut(row) : undefined;
}
export type LotRow = NonNullable<Awaited<ReturnType<typeof findLot>>>;

export async function nextCallNumber(db: Db, bodyCode: string, year: number): Promise<string> {
  const prefix = `${bodyCode.toUpperCase()}-${year}-`;
  const row = await db
    .selectFrom('funding_calls')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('number', 'like', `${prefix}%`)
    .executeTakeFirstOrThrow();
  return `${prefix}${String(Number(row.n) + 1).padStart(2, '0')}`;
}

// -------------------------------------------------------- applications

const appOut = <R extends Record<string, any>>(r: R) => ({
  ...r,
  activities: parse<{ title: string; period: string }[]>(r.activities),
  budget_lines: parse<BudgetLine[]>(r.budget_lines),
  indicators: parse<Indicator[]>(r.indicators),
  team: parse<TeamMember[]>(r.team),
  requested_tiyn: num(r.requested_tiyn),
  score: numOrNull(r.score),
});

export async function findApplication(db: Db, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!isUuid(id)) return undefined;
  let q = db.selectFrom('funding_applications').selectAll().where('id', '=', id);
  if (opts.forUpdate) q = q.forUpdate();
  const row = await q.executeTakeFirst();
  return row ? appOut(row) : undefined;
}
export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findApplication>>>;

export async function callApplications(db: Db, callId: string) {
  const rows = await db
    .selectFrom('funding_applications')
    .selectAll()
    .where('call_id', '=', callId)
    .where('status', '<>', 'draft')
    .orderBy('lot_id')
    .orderBy('rank')
    .orderBy('submitted_at')
    .execute();
  return rows.map(appOut);
}

export async function applicationsOf(db: Db, bins: string[], opts: { page?: number; pageSize?: number } = {}) {
  if (!bins.length) return { items: [], total: 0 };
  const pageSize = opts.pageSize ?? 100;
  const page = opts.page ?? 1;
  const base = db.selectFrom('funding_applications').where('bin', 'in', bins);
  const [items, total] = await Promise.all([
    base
      .selectAll()
      .orderBy('updated_at', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: items.map(appOut), total: Number(total.n) };
}

export async function applicationDocuments(
  db: Db,
  entityType: 'application' | 'report' | 'project' | 'visit',
  ids: string[],
  publicOnly = false,
) {
  if (!ids.length) return [];
  let q = db
    .selectFrom('funding_documents as d')
    .innerJoin('files as f', 'f.id', 'd.file_id')
    .select([
      'd.id',
      'd.entity_id',
      'd.kind',
      'd.is_public',
      'f.id as file_id',
      'f.original_name',
      'f.mime',
      'f.size_bytes',
    ])
    .where('d.entity_type', '=', entityType)
    .where('d.entity_id', 'in', ids);
  if (publicOnly) q = q.where('d.is_public', '=', true);
  return q.orderBy('d.created_at').execute();
}

// ------------------------------------------------------ panel, scores

export async function findPanel(db: Db, callId: string) {
  const p = await db.selectFrom('funding_panels').selectAll().where('call_id', '=', callId).executeTakeFirst();
  if (!p) return undefined;
  const members = await db
    .selectFrom('funding_panel_members as m')
    .leftJoin('funding_experts as e', 'e.user_id', 'm.user_id')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'm.position', 'u.name', 'e.display_name', 'e.areas'])
    .where('m.call_id', '=', callId)
    .orderBy('m.position')
    .execute();
  return {
    ...p,
    inputs: parse<{ callId: string; closesAt: string; candidates: string[]; size: number }>(p.inputs),
    members,
  };
}

export async function publicExperts(db: Db) {
  return db
    .selectFrom('funding_experts as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .select(['e.user_id', 'e.display_name', 'e.areas', 'e.bio', 'e.joined_at'])
    .where('e.public', '=', true)
    .where(sql<boolean>`'expert' = any(u.roles)`)
    .where('u.disabled_at', 'is', null)
    .orderBy('e.display_name')
    .execute();
}

export async function scoresOf(db: Db, applicationIds: string[]) {
  if (!applicationIds.length) return [];
  const rows = await db
    .selectFrom('funding_scores as s')
    .leftJoin('funding_experts as e', 'e.user_id', 's.expert_id')
    .innerJoin('users as u', 'u.id', 's.expert_id')
    .select([
      's.application_id',
      's.expert_id',
      's.criteria',
      's.total',
      's.comment',
      's.submitted_at',
      'u.name',
      'e.display_name',
    ])
    .where('s.application_id', 'in', applicationIds)
    .orderBy('s.submitted_at')
    .execute();
  return rows.map((r) => ({ ...r, criteria: parse<Record<string, number>>(r.criteria), total: num(r.total) }));
}

export async function conflictsOf(db: Db, applicationIds: string[]) {
  if (!applicationIds.length) return [];
  return db.selectFrom('funding_conflicts').selectAll().where('application_id', 'in', applicationIds).execute();
}

export async function findDecision(db: Db, callId: string) {
  const d = await db.selectFrom('funding_decisions').selectAll().where('call_id', '=', callId).executeTakeFirst();
  if (!d) return undefined;
  const corrections = await db
    .selectFrom('funding_decision_corrections')
    .selectAll()
    .where('call_id', '=', callId)
    .orderBy('corrected_at')
    .execute();
  return { ...d, corrections };
}

// ------------------------------------------------------------ projects

const projectOut = <R extends { amount_tiyn: string | number }>(r: R) => ({ ...r, amount_tiyn: num(r.amount_tiyn) });

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
    reports: reports.map((r) => ({ ...r, indicator_values: parse<Record<string, number>>(r.indicator_values) })),
    spending: spending.map((s) => ({ ...s, amount_tiyn: num(s.amount_tiyn) })),
    visits,
    survey: {
      count: Number(survey.n),
      average: survey.avg === null ? null : Math.round(Number(survey.avg) * 100) / 100,
    },
    evaluation: evaluation
      ? {
          ...evaluation,
          indicators: parse<{ name: string; target: number; actual: number }[]>(evaluation.indicators),
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
  return r ? { ...r, indicator_values: parse<Record<string, number>>(r.indicator_values) } : undefined;
}

export async function surveyAverage(db: Db, projectId: string): Promise<number | null> {
  const r = await db
    .selectFrom('funding_survey_responses')
    .select((eb) => eb.fn.avg<number>('score').as('avg'))
    .where('project_id', '=', projectId)
    .executeTakeFirstOrThrow();
  return r.avg === null ? null : Number(r.avg);
}

export async function userName(db: Db, id: string) {
  return (await db.selectFrom('users').select('name').where('id', '=', id).executeTakeFirst())?.name ?? '';
}
