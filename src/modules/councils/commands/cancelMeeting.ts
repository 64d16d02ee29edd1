import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { meetingTransition } from '../domain.ts';
import { canCancelMeeting } from '../policy.ts';
import { findCouncil, findMeeting } from '../repository.ts';
import { updateIfVersion } from './shared.ts';

/**
 * Cancels a planned meeting with a public reason (it stays in the calendar, marked cancelled).
 * @example await cancelMeeting(deps, { id, version: 1, reason: 'Кворум жоқ' })
 */
export async function cancelMeeting(
  deps: CommandDeps,
  input: { id: string; version: number; reason: string },
  at = new Date(),
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const m = await findMeeting(trx, input.id);
    if (!m) return fail('not_found');
    const council = (await findCouncil(trx, m.council_id))!;
    const d = canCancelMeeting(deps.actor, council, m);
    if (!d.ok) return fail(d.reason);
    if (
      !(await updateIfVersion(trx, 'council_meetings', m.id, input.version, {
        status: meetingTransition(m.status, 'cancel')!,
        cancel_reason: input.reason,
        updated_at: at,
      }))
    )
      return fail('stale');
    await audit(trx, {
      actor: deps.actor,
      action: 'councils.meeting.cancelled',
      entityType: 'council_meeting',
      entityId: m.id,
      data: { reason: input.reason },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
