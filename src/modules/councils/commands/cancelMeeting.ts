import { ok } from '../../../platform/kit/result.ts';
import { MEETING } from '../domain.ts';
import { canCancelMeeting } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findCouncil, findMeeting, saveMeetingCancelled } from '../repository/index.ts';

/**
 * Cancels a planned meeting with a public reason (it stays in the calendar, marked cancelled).
 * @example await cancelMeeting(deps, { id, version: 1, reason: 'Кворум жоқ' })
 */
export const cancelMeeting = command({
  load: async (trx, input: { id: string; version: number; reason: string }) => {
    const m = await findMeeting(trx, input.id, { forUpdate: true });
    return m && { m, council: (await findCouncil(trx, m.council_id))! };
  },
  policy: (actor, { m, council }) => canCancelMeeting(actor, council, m),
  version: { current: ({ m }) => m.version, expected: (input) => input.version },
  run: async ({ trx, loaded: { m }, at, audit }, input) => {
    const next = MEETING.next(m.status, 'cancel');
    if (!next) return fail('wrong_state');
    await saveMeetingCancelled(trx, m.id, { status: next, reason: input.reason, at });
    await audit({
      action: 'councils.meeting.cancelled',
      entityType: 'council_meeting',
      entityId: m.id,
      data: { reason: input.reason },
      public: true,
    });
    return ok(undefined);
  },
});
