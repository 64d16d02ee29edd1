import { ok } from '../../../platform/kit/index.ts';
import { APPEAL_LIFECYCLE } from '../domain.ts';
import { canWorkAppeal } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { lockAppeal, updateAppeal } from '../repository/index.ts';
import { appealNote } from './shared.ts';

/**
 * An official takes the appeal in work (and, if nobody is assigned, assigns it to themself).
 * @example await startAppeal(deps, { id })
 */
export const startAppeal = command({
  load: (trx, input: { id: string }) => lockAppeal(trx, input.id),
  policy: (actor, a) => canWorkAppeal(actor, a),
  run: async ({ trx, loaded: a, actor, audit }) => {
    const next = APPEAL_LIFECYCLE.next(a.status, 'start');
    if (!next) return fail('bad_transition');
    await updateAppeal(trx, a.id, { status: next, assigned_to: a.assigned_to ?? actor!.id });
    await audit(appealNote('started', a.number));
    return ok(undefined);
  },
});
