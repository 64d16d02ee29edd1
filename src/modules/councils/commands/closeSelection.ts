import { almatyDate } from '../../../reference/index.ts';
import { ok } from '../../../platform/kit/result.ts';
import { SELECTION } from '../domain.ts';
import { canMoveSelection } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findCouncil, findSelection, moveSelectionTo } from '../repository/index.ts';

type MoveInput = { id: string; version: number; reason?: string };

/** Closing and cancelling a call differ only in their event (and a reason for cancelling). */
const moveSelection = (event: 'close' | 'cancel') =>
  command({
    load: async (trx, input: MoveInput) => {
      const sel = await findSelection(trx, input.id, { forUpdate: true });
      return sel && { sel, council: (await findCouncil(trx, sel.council_id))! };
    },
    policy: (actor, { sel, council }) => canMoveSelection(actor, council, sel, event),
    version: { current: ({ sel }) => sel.version, expected: (input) => input.version },
    run: async ({ trx, loaded: { sel }, at, audit }, input) => {
      if (event === 'close' && almatyDate(at) <= sel.applications_close_on) return fail('still_open');
      const next = SELECTION.next(sel.status, event);
      if (!next) return fail('wrong_state');
      await moveSelectionTo(trx, sel.id, { status: next, ...(input.reason ? { note: input.reason } : {}) });
      await audit({
        action: `councils.selection.${next}`,
        entityType: 'council_selection',
        entityId: sel.id,
        data: { from: sel.status, to: next, reason: input.reason ?? null },
        public: true,
      });
      return ok(undefined);
    },
  });

/**
 * Closes the call after its last day: the list of candidates is final and goes to the
 * commission. Or cancels a call that has not been decided, with a public reason.
 * @example await closeSelection(deps, { id, version: 1 })
 */
export const closeSelection = moveSelection('close');

/** @example await cancelSelection(deps, { id, version: 2, reason: 'Кандидаттар жоқ' }) */
export const cancelSelection = moveSelection('cancel');
