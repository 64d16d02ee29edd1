import { ok } from '../../../platform/kit/index.ts';
import { answerDueDate, APPEAL_LIFECYCLE, canRedirectOn, todayIn } from '../domain.ts';
import { canWorkAppeal } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findBodyById, lockAppeal, updateAppeal } from '../repository/index.ts';
import { appealNote, bodyNameFor, mailUser } from './shared.ts';

/**
 * Forwards an appeal to the competent body within the redirect window (3 working days from
 * registration); the term starts again on the day of the redirect and the citizen is told by mail.
 * @example await redirectAppeal(deps, { id, toBodyId, reason: 'The question is for the akimat' })
 */
export const redirectAppeal = command({
  load: (trx, input: { id: string; toBodyId: string; reason: string }) => lockAppeal(trx, input.id),
  policy: (actor, a) => canWorkAppeal(actor, a),
  run: async ({ trx, loaded: a, at, jobs, audit }, input) => {
    const today = todayIn(at);
    const window = canRedirectOn(a, today);
    if (!window.ok) return fail(window.reason);
    if (input.toBodyId === a.state_body_id) return fail('same_body', 'toBody');
    const to = await findBodyById(trx, input.toBodyId);
    if (!to) return fail('unknown_body', 'toBody');
    const next = APPEAL_LIFECYCLE.next(a.status, 'redirect');
    if (!next) return fail('redirect_not_allowed');
    const dueOn = answerDueDate(today);
    await updateAppeal(trx, a.id, {
      status: next,
      state_body_id: to.id,
      redirected_at: at,
      redirect_reason: input.reason,
      term_start_on: today,
      due_on: dueOn,
      assigned_to: null,
    });
    await audit(appealNote('redirected', a.number, { from: a.state_body_id, to: to.code, reason: input.reason }));
    await mailUser(trx, jobs, a.citizen_id, 'redirected', {
      number: a.number,
      body: await bodyNameFor(trx, to.id),
      reason: input.reason,
      due: dueOn,
    });
    return ok({ dueOn });
  },
});
