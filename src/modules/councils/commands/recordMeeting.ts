import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { meetingTransition } from '../domain.ts';
import { canRecordMeeting } from '../policy.ts';
import { councilMembers, findCouncil, findMeeting } from '../repository.ts';
import { attachDocument, updateIfVersion, type NewDocument } from './shared.ts';

/**
 * Records that a meeting took place: who of the members attended and the minutes (with an
 * optional signed copy). Two officials editing at once: the second gets 'stale'.
 * @example await recordMeeting(deps, { id, version: 1, minutes: '…', present: [memberId] })
 */
export async function recordMeeting(
  deps: CommandDeps,
  input: { id: string; version: number; minutes: string; present: string[]; document?: NewDocument },
  at = new Date(),
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const m = await findMeeting(trx, input.id);
    if (!m) return fail('not_found');
    const council = (await findCouncil(trx, m.council_id))!;
    const d = canRecordMeeting(deps.actor, council, m, at);
    if (!d.ok) return fail(d.reason);
    const members = new Set((await councilMembers(trx, council.id)).map((x) => x.id));
    const present = [...new Set(input.present)].filter((id) => members.has(id));
    if (present.length !== new Set(input.present).size) return fail('unknown_member', 'present');
    if (
      !(await updateIfVersion(trx, 'council_meetings', m.id, input.version, {
        status: meetingTransition(m.status, 'hold')!,
        minutes: input.minutes,
        attendance: JSON.stringify(present),
        updated_at: at,
      }))
    )
      return fail('stale');
    await attachDocument(trx, 'meeting', m.id, input.document, deps.actor!.id);
    await audit(trx, {
      actor: deps.actor,
      action: 'councils.meeting.held',
      entityType: 'council_meeting',
      entityId: m.id,
      data: { present: present.length, of: members.size },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
