import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canExtendOn, extendedDueDate, todayIn } from '../domain.ts';
import { canWorkAppeal } from '../policy.ts';
import { lockAppeal, updateAppealIfVersion } from '../repository.ts';
import { auditAppeal, mailUser } from './shared.ts';

/**
 * Extends the term once, by a number of working days up to the legal maximum, with a reason the
 * citizen is told by mail.
 * @example await extendAppeal(deps, { id, days: 10, reason: 'An inspection on site is needed' })
 */
export async function extendAppeal(
  deps: CommandDeps,
  input: { id: string; days: number; reason: string },
  now = new Date(),
): Promise<Result<{ dueOn: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const a = await lockAppeal(trx, input.id);
    if (!a) return fail('not_found');
    const can = canWorkAppeal(deps.actor, a);
    if (!can.ok) return fail(can.reason);
    const check = canExtendOn(a, input.days, todayIn(now));
    if (!check.ok) return fail(check.reason, check.reason === 'extension_too_long' ? 'days' : undefined);
    const dueOn = extendedDueDate(a.due_on, input.days);
    await updateAppealIfVersion(trx, a.id, a.version, {
      extended_at: now,
      extension_reason: input.reason,
      extension_days: input.days,
      due_on: dueOn,
    });
    await auditAppeal(
      trx,
      deps.actor,
      'extended',
      a.number,
      { days: input.days, from: a.due_on, to: dueOn, reason: input.reason },
      deps.requestId,
    );
    await mailUser(trx, deps.jobs, a.citizen_id, 'extended', { number: a.number, due: dueOn, reason: input.reason });
    return ok({ dueOn });
  });
}
