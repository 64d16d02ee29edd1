import type { CommandDeps } from '../../../platform/commands.ts';
import { isEligibleForStateFunding } from '../../registry/index.ts';
import { almatyClock, applicationWindow, budgetProblems } from '../domain.ts';
import { canEditApplication } from '../policy.ts';
import { findApplication, findCall, findLot } from '../repository.ts';
import { record, tx } from './shared.ts';

export type SubmitResult =
  | { ok: true; value: { id: string } }
  | {
      ok: false;
      reason: string;
      problems?: Record<string, string>;
      ineligible?: string[];
      at?: string;
      closesAt?: string;
    };

/**
 * Submits a draft. Refused, with the reason, when: the period is over (judged on the server, the
 * Almaty time of the attempt and of the deadline given back), the form was changed by someone else
 * (version), the organisation is not eligible (registry: not registered, not verified, report
 * missing…), or the content is incomplete or the budget does not add up (field by field).
 */
export async function submitApplication(
  deps: CommandDeps,
  input: { id: string; version: number },
  now = new Date(),
): Promise<SubmitResult> {
  return tx(deps, async (trx) => {
    const app = await findApplication(trx, input.id, { forUpdate: true });
    if (!app) return { ok: false, reason: 'not_found' };
    const can = canEditApplication(deps.actor, app);
    if (!can.ok) return { ok: false, reason: can.reason };
    if (app.version !== input.version) return { ok: false, reason: 'staleVersion' };
    const call = (await findCall(trx, app.call_id))!;
    const lot = (await findLot(trx, app.lot_id))!;
    const w = applicationWindow({ opensAt: new Date(call.opens_at), closesAt: new Date(call.closes_at) }, now);
    if (call.status !== 'published' || w !== 'open') {
      return {
        ok: false,
        reason: w === 'not_open' ? 'notOpenYet' : 'deadlinePassed',
        at: almatyClock(now),
        closesAt: almatyClock(new Date(call.closes_at)),
      };
    }
    const eligibility = await isEligibleForStateFunding(trx, app.bin, now);
    if (!eligibility.eligible) return { ok: false, reason: 'ineligible', ineligible: eligibility.reasons };
    const problems: Record<string, string> = {};
    if (app.title.trim().length < 5) problems.title = 'titleRequired';
    if (app.summary.trim().length < 20) problems.summary = 'summaryRequired';
    if (app.description.trim().length < 50) problems.description = 'descriptionRequired';
    if (!app.activities.length) problems.activities = 'activitiesRequired';
    if (!app.indicators.length && call.instrument !== 'award') problems.indicators = 'indicatorsRequired';
    if (!app.team.length) problems.team = 'teamRequired';
    Object.assign(
      problems,
      budgetProblems(
        app.budget_lines,
        app.requested_tiyn,
        {
          instrument: call.instrument,
          budgetTiyn: lot.budget_tiyn,
          durationMonths: lot.duration_months,
          grantType: lot.grant_type,
        },
        now,
      ),
    );
    const docs = await trx
      .selectFrom('funding_documents')
      .select('kind')
      .where('entity_type', '=', 'application')
      .where('entity_id', '=', app.id)
      .execute();
    const missing = call.required_documents.filter((k) => !docs.some((d) => d.kind === k));
    if (missing.length) problems.documents = 'documentsMissing';
    if (Object.keys(problems).length) return { ok: false, reason: 'incomplete', problems };
    await trx
      .updateTable('funding_applications')
      .set({ status: 'submitted', submitted_at: now, updated_at: now, version: app.version + 1 })
      .where('id', '=', app.id)
      .execute();
    await record(trx, deps, 'application.submitted', 'funding_application', app.id, {
      bin: app.bin,
      callId: call.id,
      lotId: lot.id,
      at: almatyClock(now),
    });
    return { ok: true, value: { id: app.id } };
  });
}
