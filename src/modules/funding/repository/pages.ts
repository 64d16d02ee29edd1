/** What funding's pages and API read besides the things themselves: counts, names, lists by body or expert. */
import type { Db } from '../../../platform/db/schema.ts';
import { peopleByIds } from '../../accounts/index.ts';
import { json, num } from './rows.ts';

const NONE = ['00000000-0000-0000-0000-000000000000'];

/** The figures on the overview: projects and their amount, public calls, evaluated projects. */
export async function overviewCounts(db: Db) {
  const [projects, calls, evaluated] = await Promise.all([
    db
      .selectFrom('funding_projects')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('amount_tiyn').as('sum')])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('funding_calls')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '<>', 'draft')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('funding_projects')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'evaluated')
      .executeTakeFirstOrThrow(),
  ]);
  return {
    projects: Number(projects.n),
    awardedTiyn: num(projects.sum),
    calls: Number(calls.n),
    evaluated: Number(evaluated.n),
  };
}

/** The contracts signed under a call, by application. */
export async function projectsOfCall(db: Db, callId: string) {
  return db.selectFrom('funding_projects').select(['id', 'application_id']).where('call_id', '=', callId).execute();
}

export async function findTopic(db: Db, id: string) {
  return db.selectFrom('funding_topics').select(['id', 'title', 'plan_id']).where('id', '=', id).executeTakeFirst();
}

/** Experts' names as shown publicly (their register name, else their account name: the accounts' contract). */
export async function expertNames(db: Db, ids: string[]) {
  const [people, register] = await Promise.all([
    peopleByIds(db, ids),
    db
      .selectFrom('funding_experts')
      .select(['user_id', 'display_name'])
      .where('user_id', 'in', ids.length ? ids : NONE)
      .execute(),
  ]);
  const shown = new Map(register.map((e) => [e.user_id, e.display_name]));
  return [...people.values()].map((u) => ({ id: u.id, name: u.name, display_name: shown.get(u.id) ?? null }));
}

/** A document with its file, for the download route (the access rule is policy.canSeeDocument). */
export async function findDocument(db: Db, id: string) {
  return db
    .selectFrom('funding_documents as d')
    .innerJoin('files as f', 'f.id', 'd.file_id')
    .select(['d.entity_type', 'd.entity_id', 'd.is_public', 'f.storage_key', 'f.mime', 'f.original_name'])
    .where('d.id', '=', id)
    .executeTakeFirst();
}

export async function callsByIds(db: Db, ids: string[]) {
  return db
    .selectFrom('funding_calls')
    .select(['id', 'title', 'status'])
    .where('id', 'in', ids.length ? ids : NONE)
    .execute();
}

/** The calls whose panel an expert sits on, latest first. */
export async function panelsOfExpert(db: Db, userId: string) {
  return db
    .selectFrom('funding_panel_members as m')
    .innerJoin('funding_calls as c', 'c.id', 'm.call_id')
    .select(['c.id', 'c.number', 'c.title', 'c.status'])
    .where('m.user_id', '=', userId)
    .orderBy('c.closes_at', 'desc')
    .limit(20)
    .execute();
}

export async function applicationsScoredBy(db: Db, expertId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('funding_scores')
    .select('application_id')
    .where('expert_id', '=', expertId)
    .execute();
  return rows.map((r) => r.application_id);
}

export async function expertScore(db: Db, applicationId: string, expertId: string) {
  return db
    .selectFrom('funding_scores')
    .select('total')
    .where('application_id', '=', applicationId)
    .where('expert_id', '=', expertId)
    .executeTakeFirst();
}

export async function callsOfBodies(db: Db, bodyIds: string[]) {
  if (!bodyIds.length) return [];
  return db
    .selectFrom('funding_calls')
    .select(['id', 'number', 'title', 'status'])
    .where('state_body_id', 'in', bodyIds)
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
}

export async function plansOfBodies(db: Db, bodyIds: string[]) {
  if (!bodyIds.length) return [];
  return db
    .selectFrom('funding_plans')
    .select(['id', 'title', 'status'])
    .where('state_body_id', 'in', bodyIds)
    .orderBy('created_at', 'desc')
    .limit(20)
    .execute();
}

/** Every state body, by code (the forms offer those the actor manages). */
export async function allBodies(db: Db) {
  return db
    .selectFrom('state_bodies')
    .select(['id', 'code', 'name_kk', 'name_ru', 'name_en', 'region'])
    .orderBy('code')
    .execute();
}

/** Topics of the bodies' approved plans, for a lot to answer. */
export async function approvedTopics(db: Db, bodyIds: string[]) {
  if (!bodyIds.length) return [];
  return db
    .selectFrom('funding_topics as t')
    .innerJoin('funding_plans as p', 'p.id', 't.plan_id')
    .select(['t.id', 't.title', 'p.id as plan_id'])
    .where('p.state_body_id', 'in', bodyIds)
    .where('p.status', '=', 'approved')
    .orderBy('p.year', 'desc')
    .limit(100)
    .execute();
}

/** Mean total and number of scores per application (for the decision form). */
export async function scoreSummaries(db: Db, applicationIds: string[]) {
  return db
    .selectFrom('funding_scores')
    .select(['application_id', (eb) => eb.fn.avg<number>('total').as('avg'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('application_id', 'in', applicationIds.length ? applicationIds : NONE)
    .groupBy('application_id')
    .execute();
}

/** The indicators the project's application promised. */
export async function projectIndicators(db: Db, projectId: string) {
  const row = await db
    .selectFrom('funding_projects as p')
    .innerJoin('funding_applications as a', 'a.id', 'p.application_id')
    .select('a.indicators')
    .where('p.id', '=', projectId)
    .executeTakeFirst();
  return row ? json<{ name: string; target: number }[]>(row.indicators) : [];
}

export async function findExpert(db: Db, userId: string) {
  return db.selectFrom('funding_experts').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

export async function evaluationsOf(db: Db, projectIds: string[]) {
  if (!projectIds.length) return [];
  return db.selectFrom('funding_evaluations').selectAll().where('project_id', 'in', projectIds).execute();
}

/** A project's reports, a page of them, in the order they came. */
export async function reportsPage(db: Db, projectId: string, page: number, pageSize: number) {
  const base = db.selectFrom('funding_reports').where('project_id', '=', projectId);
  const [rows, total] = await Promise.all([
    base
      .selectAll()
      .orderBy('submitted_at')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}
