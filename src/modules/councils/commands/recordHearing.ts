import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { hearingTransition } from '../domain.ts';
import { canRecordHearing } from '../policy.ts';
import { lockHearing } from '../repository.ts';
import { attachDocument, updateIfVersion, type NewDocument } from './shared.ts';

/**
 * Records that the hearing took place: the minutes, the number of participants and optionally
 * a signed copy. Questions close; the organiser then answers the remaining ones.
 * @example await recordHearing(deps, { id, version: 1, minutes: '…', participants: 42 })
 */
export async function recordHearing(
  deps: CommandDeps,
  input: { id: string; version: number; minutes: string; participants: number; document?: NewDocument },
  at = new Date(),
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const h = await lockHearing(trx, input.id);
    if (!h) return fail('not_found');
    const d = canRecordHearing(deps.actor, h, at);
    if (!d.ok) return fail(d.reason);
    if (
      !(await updateIfVersion(trx, 'hearings', h.id, input.version, {
        status: hearingTransition(h.status, 'hold')!,
        minutes: input.minutes,
        participants_count: input.participants,
        updated_at: at,
      }))
    )
      return fail('stale');
    await attachDocument(trx, 'hearing', h.id, input.document, deps.actor!.id);
    await audit(trx, {
      actor: deps.actor,
      action: 'councils.hearing.held',
      entityType: 'hearing',
      entityId: h.id,
      data: { participants: input.participants },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
