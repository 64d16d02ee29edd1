/**
 * Reads funding data for the open-data exports in batches of calls: each batch costs a fixed
 * number of queries (calls, lots, applications, decisions, projects, milestones, reports), so an
 * export streams in constant memory whatever the number of projects. Columns as documented in
 * migrations/0003_funding.sql.
 */
import type { Db } from '../../../platform/db/schema.ts';
import {
  exportApplications,
  exportCalls,
  exportDecisions,
  exportLots,
  exportMilestones,
  exportProjects,
  exportReports,
} from '../repository/index.ts';

export type Instrument = 'social_order' | 'grant' | 'award';

export interface Body {
  id: string;
  code: string;
  name_kk: string;
  name_ru: string;
  name_en: string;
  region: string | null;
}
export interface CallRow {
  id: string;
  number: string;
  instrument: Instrument;
  title: string;
  description: string;
  status: string;
  announced_at: Date | null;
  opens_at: Date;
  closes_at: Date;
  updated_at: Date;
  body: Body;
  plan_year: number | null;
  plan_title: string | null;
  plan_approved_at: Date | null;
}
export interface LotRow {
  id: string;
  call_id: string;
  number: number;
  title: string;
  description: string;
  area: string;
  region: string | null;
  budget_tiyn: number;
  duration_months: number;
  grant_type: string | null;
  prize_tiyn: number | null;
}
export interface ApplicationRow {
  id: string;
  call_id: string;
  lot_id: string;
  bin: string;
  org_name_kk: string;
  org_name_ru: string;
  status: string;
  requested_tiyn: number;
  score: number | null;
  rank: number | null;
  submitted_at: Date | null;
}
export interface DecisionRow {
  call_id: string;
  reasons: string;
  published_at: Date;
}
export interface ProjectRow {
  id: string;
  number: string;
  application_id: string;
  call_id: string;
  lot_id: string;
  bin: string;
  org_name_kk: string;
  org_name_ru: string;
  org_region: string;
  instrument: Instrument;
  title: string;
  area: string;
  region: string | null;
  amount_tiyn: number;
  starts_on: string;
  ends_on: string;
  signed_at: Date;
  status: string;
  updated_at: Date;
  beneficiaries_planned: number;
  body: Body;
  call_number: string;
  decision_at: Date | null;
}
export interface MilestoneRow {
  id: string;
  project_id: string;
  position: number;
  title: string;
  due_on: string;
  done_on: string | null;
}
export interface ReportRow {
  id: string;
  project_id: string;
  kind: string;
  status: string;
  submitted_at: Date;
  beneficiaries_reached: number;
  spent_tiyn: number;
}

export interface CallBundle {
  call: CallRow;
  lots: LotRow[];
  applications: ApplicationRow[];
  decision: DecisionRow | null;
  projects: ProjectRow[];
  milestones: MilestoneRow[];
  reports: ReportRow[];
}

const n = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const nOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));
/** A `date` column as YYYY-MM-DD whether the driver gives a string or a Date. */
export const isoDay = (v: unknown): string =>
  v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);
const asDate = (v: unknown) => (v instanceof Date ? v : new Date(String(v)));
const asDateOrNull = (v: unknown) => (v === null || v === undefined ? null : asDate(v));

function body(r: Record<string, unknown>, prefix = 'body_'): Body {
  return {
    id: String(r[`${prefix}id`]),
    code: String(r[`${prefix}code`]),
    name_kk: String(r[`${prefix}name_kk`]),
    name_ru: String(r[`${prefix}name_ru`]),
    name_en: String(r[`${prefix}name_en`]),
    region: (r[`${prefix}region`] as string | null) ?? null,
  };
}

/** Published calls (not drafts) of the instruments, ordered by id, after a given id. */
export async function callBatch(
  db: Db,
  instruments: readonly Instrument[],
  afterId: string,
  limit: number,
): Promise<CallRow[]> {
  const rows = await exportCalls(db, instruments, afterId, limit);
  return rows.map((r) => ({
    id: String(r.id),
    number: String(r.number),
    instrument: r.instrument as Instrument,
    title: String(r.title),
    description: String(r.description),
    status: String(r.status),
    announced_at: asDateOrNull(r.announced_at),
    opens_at: asDate(r.opens_at),
    closes_at: asDate(r.closes_at),
    updated_at: asDate(r.updated_at),
    body: body(r),
    plan_year: nOrNull(r.plan_year),
    plan_title: (r.plan_title as string | null) ?? null,
    plan_approved_at: asDateOrNull(r.plan_approved_at),
  }));
}

/** Everything the exports say about a batch of calls, in six queries (repository/exports.ts). */
export async function bundlesFor(db: Db, calls: CallRow[]): Promise<CallBundle[]> {
  if (!calls.length) return [];
  const ids = calls.map((c) => c.id);
  const [lots, apps, decisions, projects] = await Promise.all([
    exportLots(db, ids),
    exportApplications(db, ids),
    exportDecisions(db, ids),
    exportProjects(db, ids),
  ]);
  const projectRows = projects.map(projectRow);
  const [milestones, reports] = projectRows.length
    ? await projectDetails(
        db,
        projectRows.map((p) => p.id),
      )
    : [[], []];
  const by = <T extends { call_id: string }>(rows: T[]) => {
    const m = new Map<string, T[]>();
    for (const r of rows) m.set(r.call_id, [...(m.get(r.call_id) ?? []), r]);
    return m;
  };
  const lotsBy = by(
    lots.map((r) => ({
      id: String(r.id),
      call_id: String(r.call_id),
      number: n(r.number),
      title: String(r.title),
      description: String(r.description),
      area: String(r.area),
      region: (r.region as string | null) ?? null,
      budget_tiyn: n(r.budget_tiyn),
      duration_months: n(r.duration_months),
      grant_type: (r.grant_type as string | null) ?? null,
      prize_tiyn: nOrNull(r.prize_tiyn),
    })),
  );
  const appsBy = by(
    apps.map((r) => ({
      id: String(r.id),
      call_id: String(r.call_id),
      lot_id: String(r.lot_id),
      bin: String(r.bin),
      org_name_kk: String(r.org_name_kk),
      org_name_ru: String(r.org_name_ru),
      status: String(r.status),
      requested_tiyn: n(r.requested_tiyn),
      score: nOrNull(r.score),
      rank: nOrNull(r.rank),
      submitted_at: asDateOrNull(r.submitted_at),
    })),
  );
  const decisionOf = new Map(
    decisions.map((r) => [
      String(r.call_id),
      { call_id: String(r.call_id), reasons: String(r.reasons), published_at: asDate(r.published_at) },
    ]),
  );
  const projectsBy = by(projectRows);
  const projectCall = new Map(projectRows.map((p) => [p.id, p.call_id]));
  const milestonesBy = by(milestones.map((m) => ({ ...m, call_id: projectCall.get(m.project_id)! })));
  const reportsBy = by(reports.map((r) => ({ ...r, call_id: projectCall.get(r.project_id)! })));
  return calls.map((call) => ({
    call,
    lots: lotsBy.get(call.id) ?? [],
    applications: appsBy.get(call.id) ?? [],
    decision: decisionOf.get(call.id) ?? null,
    projects: projectsBy.get(call.id) ?? [],
    milestones: milestonesBy.get(call.id) ?? [],
    reports: reportsBy.get(call.id) ?? [],
  }));
}

function projectRow(r: Record<string, unknown>): ProjectRow {
  return {
    id: String(r.id),
    number: String(r.number),
    application_id: String(r.application_id),
    call_id: String(r.call_id),
    lot_id: String(r.lot_id),
    bin: String(r.bin),
    org_name_kk: String(r.org_name_kk),
    org_name_ru: String(r.org_name_ru),
    org_region: String(r.org_region),
    instrument: r.instrument as Instrument,
    title: String(r.title),
    area: String(r.area),
    region: (r.region as string | null) ?? null,
    amount_tiyn: n(r.amount_tiyn),
    starts_on: isoDay(r.starts_on),
    ends_on: isoDay(r.ends_on),
    signed_at: asDate(r.signed_at),
    status: String(r.status),
    updated_at: asDate(r.updated_at),
    beneficiaries_planned: n(r.beneficiaries_planned),
    body: body(r),
    call_number: String(r.call_number),
    decision_at: asDateOrNull(r.decision_at),
  };
}

async function projectDetails(db: Db, projectIds: string[]): Promise<[MilestoneRow[], ReportRow[]]> {
  const [m, r] = await Promise.all([exportMilestones(db, projectIds), exportReports(db, projectIds)]);
  return [
    m.map((x) => ({
      id: String(x.id),
      project_id: String(x.project_id),
      position: n(x.position),
      title: String(x.title),
      due_on: isoDay(x.due_on),
      done_on: x.done_on ? isoDay(x.done_on) : null,
    })),
    r.map((x) => ({
      id: String(x.id),
      project_id: String(x.project_id),
      kind: String(x.kind),
      status: String(x.status),
      submitted_at: asDate(x.submitted_at),
      beneficiaries_reached: n(x.beneficiaries_reached),
      spent_tiyn: n(x.spent_tiyn),
    })),
  ];
}

/** Bundles of every published call of the instruments, batch after batch. */
export async function* allBundles(
  db: Db,
  instruments: readonly Instrument[],
  batch = 500,
): AsyncIterable<CallBundle[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const calls = await callBatch(db, instruments, after, batch);
    if (!calls.length) return;
    yield await bundlesFor(db, calls);
    if (calls.length < batch) return;
    after = calls[calls.length - 1].id;
  }
}
