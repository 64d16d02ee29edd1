import { ok } from '../../../platform/kit/index.ts';
import { canExtendOn, extendedDueDate, todayIn } from '../domain.ts';
import { canWorkAppeal } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { lockAppeal, updateAppeal } from '../repository/index.ts';
import { appealNote, mailUser } from './shared.ts';

/**
 * Extends the term once, by a number of working days up to the legal maximum, with a reason the
 * citizen is told by mail.
 * @example await extendAppeal(deps, { id, days: 10, reason: 'An inspection on site is needed' })
 */
export const extendAppeal = command({
  load: (trx, input: { id: string; days: number; reason: string }) => lockAppeal(trx, input.id),
  policy: (actor, a) => canWorkAppeal(actor, a),
  run: async ({ trx, loaded: a, at, jobs, audit }, input) => {
    const check = canExtendOn(a, input.days, todayIn(at));
    if (!check.ok) return fail(check.reason, check.reason === 'extension_too_long' ? 'days' : undefined);
    const dueOn = extendedDueDate(a.due_on, input.days);
    await updateAppeal(trx, a.id, {
      extended_at: at,
      extension_reason: input.reason,
      extension_days: input.days,
      due_on: dueOn,
    });
    await audit(
      appealNote('extended', a.number, { days: input.days, from: a.due_on, to: dueOn, reason: input.reason }),
    );
    await mailUser(trx, jobs, a.citizen_id, 'extended', { number: a.number, due: dueOn, reason: input.reason });
    return ok({ dueOn });
  },
});
