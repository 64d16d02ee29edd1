import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { hearingTransition } from '../domain.ts';
import { canCancelHearing } from '../policy.ts';
import { lockHearing } from '../repository.ts';
import { updateIfVersion } from './shared.ts';

/**
 * Cancels an announced hearing with a public reason.
 * @example await cancelHearing(deps, { id, version: 1, reason: 'Жоба кері қайтарылды' })
 */
export async function cancelHearing(
  deps: CommandDeps,
  input: { id: string; version: number; reason: string },
  at = new Date(),
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const h = await lockHearing(trx, input.id);
    if (!h) return fail('not_found');
    const d = canCancelHearing(deps.actor, h);
    if (!d.ok) return fail(d.reason);
    if (
      !(await updateIfVersion(trx, 'hearings', h.id, input.version, {
        status: hearingTransition(h.status, 'cancel')!,
        cancel_reason: input.reason,
        updated_at: at,
      }))
    )
      return fail('stale');
    await audit(trx, {
      actor: deps.actor,
      action: 'councils.hearing.cancelled',
      entityType: 'hearing',
      entityId: h.id,
      data: { reason: input.reason },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
