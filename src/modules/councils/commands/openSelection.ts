import { almatyDate } from '../../../reference/index.ts';
import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { earliestSelectionClose } from '../domain.ts';
import { canOpenSelection } from '../policy.ts';
import { councilSelections, findCouncil } from '../repository.ts';
import type { SelectionInput } from '../schemas.ts';

/**
 * The body announces a competitive selection of council members: the call stays open at least
 * the legal number of working days (council.selectionMinWorkingDays), one call at a time.
 * @example await openSelection(deps, councilId, { title: 'Конкурс', description: '', seats: 3, closesOn: '2026-12-15' })
 */
export async function openSelection(
  deps: CommandDeps,
  councilId: string,
  input: SelectionInput,
  at = new Date(),
): Promise<Result<{ id: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const council = await findCouncil(trx, councilId);
    if (!council) return fail('not_found');
    const running = (await councilSelections(trx, councilId)).some((s) => s.status === 'open' || s.status === 'review');
    const d = canOpenSelection(deps.actor, council, { hasOpenSelection: running });
    if (!d.ok) return fail(d.reason);
    if (input.closesOn < earliestSelectionClose(almatyDate(at))) return fail('closes_too_soon', 'closesOn');
    const row = await trx
      .insertInto('council_selections')
      .values({
        council_id: councilId,
        title: input.title,
        description: input.description,
        seats: input.seats,
        applications_close_on: input.closesOn,
        created_by: deps.actor!.id,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actor: deps.actor,
      action: 'councils.selection.opened',
      entityType: 'council_selection',
      entityId: row.id,
      data: { council: councilId, seats: input.seats, closesOn: input.closesOn },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
