import { almatyDate } from '../../../reference/index.ts';
import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { selectionTransition } from '../domain.ts';
import { canMoveSelection } from '../policy.ts';
import { findCouncil, findSelection } from '../repository.ts';
import { updateIfVersion } from './shared.ts';

/**
 * Closes the call after its last day: the list of candidates is final and goes to the
 * commission. Or cancels a call that has not been decided, with a public reason.
 * @example await closeSelection(deps, { id, version: 1 })
 */
export async function closeSelection(
  deps: CommandDeps,
  input: { id: string; version: number },
  at = new Date(),
): Promise<Result<void>> {
  return moveSelection(deps, input, 'close', at);
}

export async function cancelSelection(
  deps: CommandDeps,
  input: { id: string; version: number; reason: string },
  at = new Date(),
): Promise<Result<void>> {
  return moveSelection(deps, input, 'cancel', at);
}

async function moveSelection(
  deps: CommandDeps,
  input: { id: string; version: number; reason?: string },
  event: 'close' | 'cancel',
  at: Date,
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const sel = await findSelection(trx, input.id);
    if (!sel) return fail('not_found');
    const council = (await findCouncil(trx, sel.council_id))!;
    const d = canMoveSelection(deps.actor, council, sel, event);
    if (!d.ok) return fail(d.reason);
    if (event === 'close' && almatyDate(at) <= sel.applications_close_on) return fail('still_open');
    const next = selectionTransition(sel.status, event)!;
    if (
      !(await updateIfVersion(trx, 'council_selections', sel.id, input.version, {
        status: next,
        ...(input.reason ? { decision_note: input.reason } : {}),
      }))
    )
      return fail('stale');
    await audit(trx, {
      actor: deps.actor,
      action: `councils.selection.${next}`,
      entityType: 'council_selection',
      entityId: sel.id,
      data: { from: sel.status, to: next, reason: input.reason ?? null },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
