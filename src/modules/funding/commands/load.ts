/**
 * What funding commands load before their policy: the thing acted on and the state body that
 * manages it (a call's, a plan's, a project's). Null when the thing is not there (→ not_found).
 */
import type { Trx } from '../../../platform/kit/index.ts';
import { findApplication, findBodyById, findCall, findPlan, findProject, findReport } from '../repository/index.ts';

const lock = { forUpdate: true };

type Body = NonNullable<Awaited<ReturnType<typeof findBodyById>>>;
const bodyOf = async (trx: Trx, id: string): Promise<Body> => (await findBodyById(trx, id))!;

export async function planWithBody(trx: Trx, planId: string, opts = lock) {
  const plan = await findPlan(trx, planId, opts);
  return plan ? { plan, body: await bodyOf(trx, plan.state_body_id) } : null;
}

export async function callWithBody(trx: Trx, callId: string) {
  const call = await findCall(trx, callId, lock);
  return call ? { call, body: await bodyOf(trx, call.state_body_id) } : null;
}

/** An application (locked when it changes), its call and the call's body. */
export async function applicationWithCall(trx: Trx, applicationId: string, opts = lock) {
  const app = await findApplication(trx, applicationId, opts);
  if (!app) return null;
  const call = (await findCall(trx, app.call_id))!;
  return { app, call, body: await bodyOf(trx, call.state_body_id) };
}

export async function projectWithBody(trx: Trx, projectId: string, opts = lock) {
  const project = await findProject(trx, projectId, opts);
  return project ? { project, body: await bodyOf(trx, project.state_body_id) } : null;
}

/** A report, its project (locked: a final report's review moves it) and the project's body. */
export async function reportWithProject(trx: Trx, reportId: string) {
  const report = await findReport(trx, reportId);
  if (!report) return null;
  const project = (await findProject(trx, report.project_id, lock))!;
  return { report, project, body: await bodyOf(trx, project.state_body_id) };
}
