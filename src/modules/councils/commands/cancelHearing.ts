import { ok } from '../../../platform/kit/result.ts';
import { HEARING } from '../domain.ts';
import { canCancelHearing } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { lockHearing, updateHearing } from '../repository/index.ts';

/**
 * Cancels an announced hearing with a public reason.
 * @example await cancelHearing(deps, { id, version: 1, reason: 'Жоба кері қайтарылды' })
 */
export const cancelHearing = command({
  load: (trx, input: { id: string; version: number; reason: string }) => lockHearing(trx, input.id),
  policy: (actor, h) => canCancelHearing(actor, h),
  version: { current: (h) => h.version, expected: (input) => input.version },
  run: async ({ trx, loaded: h, at, audit }, input) => {
    const next = HEARING.next(h.status, 'cancel');
    if (!next) return fail('wrong_state');
    await updateHearing(trx, h.id, { status: next, cancelReason: input.reason, at });
    await audit({
      action: 'councils.hearing.cancelled',
      entityType: 'hearing',
      entityId: h.id,
      data: { reason: input.reason },
      public: true,
    });
    return ok(undefined);
  },
});
