/**
 * The open-data exports' reads (openData/bundles.ts maps the rows): published calls in batches by
 * id, then everything about a batch in a fixed number of queries. Rows come as the driver gives
 * them (numbers may be strings, dates strings or Dates); bundles.ts converts them.
 */
import { sql } from 'kysely';
import type { Db } from '../../../platform/db/schema.ts';
import { organizationFacts, type OrganizationFacts } from '../../registry/index.ts';

type Raw = Record<string, unknown>;

/**
 * The rows with their organisation's names (and region) merged in by BIN from the registry's
 * contract, the registry owning the table. A row's BIN references organizations(bin), so every
 * row has its organisation, as the join this replaces did.
 */
async function withOrganizations(db: Db, rows: Raw[], columns: (o: OrganizationFacts | undefined) => Raw) {
  const orgs = await organizationFacts(
    db,
    rows.map((r) => String(r.bin)),
  );
  return rows.map((r) => ({ ...r, ...columns(orgs.get(String(r.bin))) }));
}
const kkRu = (o: OrganizationFacts | undefined) => ({ org_name_kk: o?.name.kk, org_name_ru: o?.name.ru });
const uuids = (ids: readonly string[]) => sql.join(ids.map((id) => sql`${id}::uuid`));

/** Published calls (not drafts) of the instruments, with their body and plan, ordered by id, after a given id. */
export async function exportCalls(db: Db, instruments: readonly string[], afterId: string, limit: number) {
  const r = await sql<Raw>`
    select c.id, c.number, c.instrument, c.title, c.description, c.status, c.announced_at, c.opens_at, c.closes_at, c.updated_at,
      b.id as body_id, b.code as body_code, b.name_kk as body_name_kk, b.name_ru as body_name_ru, b.name_en as body_name_en, b.region as body_region,
      p.year as plan_year, p.title as plan_title, p.approved_at as plan_approved_at
    from funding_calls c join state_bodies b on b.id = c.state_body_id left join funding_plans p on p.id = c.plan_id
    where c.status <> 'draft' and c.instrument in (${sql.join([...instruments])}) and c.id > ${afterId}::uuid
    order by c.id limit ${limit}`.execute(db);
  return r.rows;
}

/** The lots of these calls. */
export async function exportLots(db: Db, callIds: readonly string[]) {
  const r = await sql<Raw>`
    select id, call_id, number, title, description, area, region, budget_tiyn, duration_months, grant_type, prize_tiyn
    from funding_lots where call_id in (${uuids(callIds)}) order by call_id, number`.execute(db);
  return r.rows;
}

/** The submitted applications of these calls (not drafts, not withdrawn), with the organisation's names. */
export async function exportApplications(db: Db, callIds: readonly string[]) {
  const r = await sql<Raw>`
    select a.id, a.call_id, a.lot_id, a.bin, a.status, a.requested_tiyn, a.score, a.rank, a.submitted_at
    from funding_applications a
    where a.call_id in (${uuids(callIds)}) and a.status not in ('draft', 'withdrawn') order by a.call_id, a.id`.execute(
    db,
  );
  return withOrganizations(db, r.rows, kkRu);
}

/** The published decisions of these calls. */
export async function exportDecisions(db: Db, callIds: readonly string[]) {
  const r = await sql<Raw>`
    select call_id, reasons, published_at from funding_decisions where call_id in (${uuids(callIds)})`.execute(db);
  return r.rows;
}

/** The projects of these calls, with the organisation, the body, the call's number and the decision's date. */
export async function exportProjects(db: Db, callIds: readonly string[]) {
  const r = await sql<Raw>`
    select p.id, p.number, p.application_id, p.call_id, p.lot_id, p.bin,
      p.instrument, p.title, p.area, p.region, p.amount_tiyn, p.starts_on, p.ends_on, p.signed_at, p.status, p.updated_at, p.beneficiaries_planned,
      b.id as body_id, b.code as body_code, b.name_kk as body_name_kk, b.name_ru as body_name_ru, b.name_en as body_name_en, b.region as body_region,
      c.number as call_number, d.published_at as decision_at
    from funding_projects p join state_bodies b on b.id = p.state_body_id
      join funding_calls c on c.id = p.call_id left join funding_decisions d on d.call_id = p.call_id
    where p.call_id in (${uuids(callIds)}) order by p.call_id, p.number`.execute(db);
  return withOrganizations(db, r.rows, (o) => ({ ...kkRu(o), org_region: o?.region }));
}

/** The milestones of these projects. */
export async function exportMilestones(db: Db, projectIds: readonly string[]) {
  const r = await sql<Raw>`
    select id, project_id, position, title, due_on, done_on
    from funding_milestones where project_id in (${uuids(projectIds)}) order by project_id, position`.execute(db);
  return r.rows;
}

/** The reports of these projects (not returned ones), with what each reports spent. */
export async function exportReports(db: Db, projectIds: readonly string[]) {
  const r = await sql<Raw>`
    select r.id, r.project_id, r.kind, r.status, r.submitted_at, r.beneficiaries_reached, coalesce(sum(s.amount_tiyn), 0) as spent_tiyn
    from funding_reports r left join funding_spending s on s.report_id = r.id
    where r.project_id in (${uuids(projectIds)}) and r.status <> 'returned' group by r.id order by r.project_id, r.submitted_at`.execute(
    db,
  );
  return r.rows;
}

/** The funding-projects dataset: projects after a number (keyset), with their figures so far. */
export async function exportProjectFigures(db: Db, afterNumber: string, limit: number) {
  const r = await sql<Raw>`
    select p.id, p.number, p.instrument, p.title, p.bin, b.code as state_body, c.number as call, p.area, p.region,
      p.amount_tiyn, p.starts_on, p.ends_on, p.signed_at, p.status, p.beneficiaries_planned,
      (select coalesce(max(r.beneficiaries_reached), 0) from funding_reports r where r.project_id = p.id and r.status <> 'returned') as reached,
      (select coalesce(sum(s.amount_tiyn), 0) from funding_reports r join funding_spending s on s.report_id = r.id where r.project_id = p.id and r.status <> 'returned') as spent,
      (select round(avg(v.score)::numeric, 2) from funding_survey_responses v where v.project_id = p.id) as satisfaction,
      e.score as evaluation_score, e.sroi
    from funding_projects p join state_bodies b on b.id = p.state_body_id join funding_calls c on c.id = p.call_id
      left join funding_evaluations e on e.project_id = p.id
    where p.number > ${afterNumber} order by p.number limit ${limit}`.execute(db);
  return withOrganizations(db, r.rows, (o) => ({ organization: o?.name.ru }));
}

/** How many projects there are and when one last changed (the dataset's stats). */
export async function projectDatasetStats(db: Db) {
  const r = await sql<{
    n: number;
    at: Date | null;
  }>`select count(*)::int as n, max(updated_at) as at from funding_projects`.execute(db);
  return r.rows[0];
}
