import { ok } from '../../../platform/kit/index.ts';
import { isPast, LIFECYCLE } from '../domain.ts';
import { command, fail } from '../reasons.ts';
import { findInitiative, updateInitiative } from '../repository/index.ts';

/**
 * Closes a collection whose period has ended without reaching the threshold (the job
 * 'petitions.expire' scheduled at approval runs it, with no actor; idempotent). A system act, public.
 * @example await expireInitiative({ db, jobs, actor: null }, { id })
 */
export const expireInitiative = command({
  load: (trx, input: { id: string }) => findInitiative(trx, input.id, { forUpdate: true }),
  run: async ({ trx, loaded: row, at, audit }) => {
    const next = LIFECYCLE.next(row.status, 'expire');
    if (!next) return fail('not_collecting');
    if (!isPast(row.collection_ends, at)) return fail('still_collecting');
    await updateInitiative(trx, row.id, { status: next, expired_at: at });
    await audit({
      action: 'petitions.expired',
      entityType: 'initiative',
      entityId: row.id,
      data: { signatures: row.signature_count, threshold: row.threshold },
      public: true,
      system: true,
    });
    return ok(undefined);
  },
});
