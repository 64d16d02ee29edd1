import { ok } from '../../../platform/kit/index.ts';
import { APPEAL_LIFECYCLE } from '../domain.ts';
import { canRateAppeal } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { lockAppeal, updateAppeal } from '../repository/index.ts';
import { appealNote } from './shared.ts';

/**
 * The citizen rates the answer (1–5, with an optional comment), once.
 * @example await rateAppeal(deps, { id, rating: 4, comment: 'Clear answer' })
 */
export const rateAppeal = command({
  load: (trx, input: { id: string; rating: number; comment: string }) => lockAppeal(trx, input.id),
  policy: (actor, a) => canRateAppeal(actor, a),
  run: async ({ trx, loaded: a, at, audit }, input) => {
    const next = APPEAL_LIFECYCLE.next(a.status, 'rate');
    if (!next) return fail('not_answered');
    await updateAppeal(trx, a.id, {
      status: next,
      rating: input.rating,
      rating_comment: input.comment || null,
      rated_at: at,
    });
    await audit(appealNote('rated', a.number, { rating: input.rating }));
    return ok(undefined);
  },
});
