import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { transition } from '../domain.ts';
import { canRateAppeal } from '../policy.ts';
import { lockAppeal, updateAppealIfVersion } from '../repository.ts';
import { auditAppeal } from './shared.ts';

/**
 * The citizen rates the answer (1–5, with an optional comment), once.
 * @example await rateAppeal(deps, { id, rating: 4, comment: 'Clear answer' })
 */
export async function rateAppeal(
  deps: CommandDeps,
  input: { id: string; rating: number; comment: string },
  now = new Date(),
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const a = await lockAppeal(trx, input.id);
    if (!a) return fail('not_found');
    const can = canRateAppeal(deps.actor, a);
    if (!can.ok) return fail(can.reason);
    await updateAppealIfVersion(trx, a.id, a.version, {
      status: transition(a.status, 'rate')!,
      rating: input.rating,
      rating_comment: input.comment || null,
      rated_at: now,
    });
    await auditAppeal(trx, deps.actor, 'rated', a.number, { rating: input.rating }, deps.requestId);
    return ok(undefined);
  });
}
