import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { itemMoveBlocker, type ItemStatus } from '../domain.ts';
import { canReport } from '../policy.ts';
import { countEvidence, findItem, setItemStatus } from '../repository.ts';

/**
 * The responsible body moves an item: planned → in progress → done (only with evidence), or
 * cancelled (only with a public reason). Optimistic locking on the version the official saw.
 * Fails with not_found, not_responsible, item_closed, stale, bad_transition / no_evidence
 * (field status) or no_reason (field note).
 * @example await updateItemStatus(deps, { itemId, version: 2, status: 'done', note: null })
 */
export async function updateItemStatus(
  deps: CommandDeps,
  input: { itemId: string; version: number; status: ItemStatus; note: string | null },
  at = new Date(),
): Promise<Result<{ status: ItemStatus }>> {
  return deps.db.transaction().execute(async (trx) => {
    const item = await findItem(trx, input.itemId, { forUpdate: true });
    if (!item) return fail('not_found');
    const can = canReport(deps.actor, item, item);
    if (!can.ok) return fail(can.reason);
    if (item.version !== input.version) return fail('stale');
    const blocker = itemMoveBlocker(item.status, input.status, {
      evidence: await countEvidence(trx, item.id),
      note: input.note,
    });
    if (blocker) return fail(blocker, blocker === 'no_reason' ? 'note' : 'status');
    if (
      !(await setItemStatus(trx, item.id, item.version, {
        status: input.status,
        note: input.note,
        doneAt: input.status === 'done' ? at : null,
        at,
      }))
    )
      return fail('stale');
    await audit(trx, {
      actor: deps.actor,
      action: `forum.item.${input.status}`,
      entityType: 'action_plan_item',
      entityId: item.id,
      data: { from: item.status, to: input.status, note: input.note },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ status: input.status });
  });
}
