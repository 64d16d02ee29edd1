import { ok } from '../../../platform/kit/index.ts';
import { ITEM, itemMoveBlocker, itemNext, type ItemStatus } from '../domain.ts';
import { canReport } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { countEvidence, findItem, setItemStatus } from '../repository/index.ts';

/**
 * The responsible body moves an item: planned → in progress → done (only with evidence), or
 * cancelled (only with a public reason). Optimistic locking on the version the official saw.
 * Fails with not_found, not_responsible, item_closed, stale, bad_transition / no_evidence
 * (field status) or no_reason (field note).
 * @example await updateItemStatus(deps, { itemId, version: 2, status: ITEM.events.complete.to, note: null })
 */
export const updateItemStatus = command({
  load: (trx, input: { itemId: string; version: number; status: ItemStatus; note: string | null }) =>
    findItem(trx, input.itemId, { forUpdate: true }),
  policy: (actor, item) => canReport(actor, item, item),
  version: { current: (item) => item.version, expected: (input) => input.version },
  run: async ({ trx, loaded: item, at, audit }, input) => {
    const blocker = itemMoveBlocker(item.status, input.status, {
      evidence: await countEvidence(trx, item.id),
      note: input.note,
    });
    if (blocker) return fail(blocker, blocker === 'no_reason' ? 'note' : 'status');
    const next = itemNext(item.status, input.status);
    if (!next) return fail('bad_transition', 'status');
    if (
      !(await setItemStatus(trx, item.id, item.version, {
        status: next,
        note: input.note,
        doneAt: next === ITEM.events.complete.to ? at : null,
        at,
      }))
    )
      return fail('stale');
    await audit({
      action: `forum.item.${next}`,
      entityType: 'action_plan_item',
      entityId: item.id,
      data: { from: item.status, to: next, note: input.note },
      public: true,
    });
    return ok({ status: next });
  },
});
