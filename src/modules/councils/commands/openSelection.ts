import { almatyDate } from '../../../reference/index.ts';
import { ok } from '../../../platform/kit/result.ts';
import { earliestSelectionClose } from '../domain.ts';
import { canOpenSelection } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { councilSelections, findCouncil, insertSelection } from '../repository/index.ts';
import type { SelectionInput } from '../schemas.ts';

/**
 * The body announces a competitive selection of council members: the call stays open at least
 * the legal number of working days (council.selectionMinWorkingDays), one call at a time.
 * @example await openSelection(deps, { councilId, title: 'Конкурс', description: '', seats: 3, closesOn: '2026-12-15' })
 */
export const openSelection = command({
  load: async (trx, input: SelectionInput & { councilId: string }) => {
    const council = await findCouncil(trx, input.councilId);
    if (!council) return null;
    const running = (await councilSelections(trx, council.id)).some(
      (s) => s.status === 'open' || s.status === 'review',
    );
    return { council, running };
  },
  policy: (actor, { council, running }) => canOpenSelection(actor, council, { hasOpenSelection: running }),
  run: async ({ trx, loaded: { council }, actor, at, audit }, input) => {
    if (input.closesOn < earliestSelectionClose(almatyDate(at))) return fail('closes_too_soon', 'closesOn');
    const row = await insertSelection(trx, {
      council_id: council.id,
      title: input.title,
      description: input.description,
      seats: input.seats,
      applications_close_on: input.closesOn,
      created_by: actor!.id,
      created_at: at,
    });
    await audit({
      action: 'councils.selection.opened',
      entityType: 'council_selection',
      entityId: row.id,
      data: { council: council.id, seats: input.seats, closesOn: input.closesOn },
      public: true,
    });
    return ok({ id: row.id });
  },
});
