import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { answerDueDate, canRedirectOn, todayIn, transition } from '../domain.ts';
import { canWorkAppeal } from '../policy.ts';
import { findBodyById, lockAppeal, updateAppealIfVersion } from '../repository.ts';
import { auditAppeal, bodyNameFor, mailUser } from './shared.ts';

/**
 * Forwards an appeal to the competent body within the redirect window (3 working days from
 * registration); the term starts again on the day of the redirect and the citizen is told by mail.
 * @example await redirectAppeal(deps, { id, toBodyId, reason: 'The question is for the akimat' })
 */
export async function redirectAppeal(
  deps: CommandDeps,
  input: { id: string; toBodyId: string; reason: string },
  now = new Date(),
): Promise<Result<{ dueOn: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const a = await lockAppeal(trx, input.id);
    if (!a) return fail('not_found');
    const can = canWorkAppeal(deps.actor, a);
    if (!can.ok) return fail(can.reason);
    const today = todayIn(now);
    const window = canRedirectOn(a, today);
    if (!window.ok) return fail(window.reason);
    if (input.toBodyId === a.state_body_id) return fail('same_body', 'toBody');
    const to = await findBodyById(trx, input.toBodyId);
    if (!to) return fail('unknown_body', 'toBody');
    const dueOn = answerDueDate(today);
    await updateAppealIfVersion(trx, a.id, a.version, {
      status: transition(a.status, 'redirect')!,
      state_body_id: to.id,
      redirected_at: now,
      redirect_reason: input.reason,
      term_start_on: today,
      due_on: dueOn,
      assigned_to: null,
    });
    await auditAppeal(
      trx,
      deps.actor,
      'redirected',
      a.number,
      { from: a.state_body_id, to: to.code, reason: input.reason },
      deps.requestId,
    );
    await mailUser(trx, deps.jobs, a.citizen_id, 'redirected', {
      number: a.number,
      body: await bodyNameFor(trx, to.id),
      reason: input.reason,
      due: dueOn,
    });
    return ok({ dueOn });
  });
}
