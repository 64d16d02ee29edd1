import { ok } from '../../../platform/kit/result.ts';
import { MEETING } from '../domain.ts';
import { canRecordMeeting } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { councilMembers, findCouncil, findMeeting, saveMeetingMinutes } from '../repository/index.ts';
import { attachDocument, type NewDocument } from './shared.ts';

/**
 * Records that a meeting took place: who of the members attended and the minutes (with an
 * optional signed copy). Two officials editing at once: the second gets 'stale'.
 * @example await recordMeeting(deps, { id, version: 1, minutes: '…', present: [memberId] })
 */
export const recordMeeting = command({
  load: async (
    trx,
    input: { id: string; version: number; minutes: string; present: string[]; document?: NewDocument },
  ) => {
    const m = await findMeeting(trx, input.id, { forUpdate: true });
    return m && { m, council: (await findCouncil(trx, m.council_id))! };
  },
  policy: (actor, { m, council }, _input, at) => canRecordMeeting(actor, council, m, at),
  version: { current: ({ m }) => m.version, expected: (input) => input.version },
  run: async ({ trx, loaded: { m, council }, actor, at, audit }, input) => {
    const members = new Set((await councilMembers(trx, council.id)).map((x) => x.id));
    const present = [...new Set(input.present)].filter((id) => members.has(id));
    if (present.length !== new Set(input.present).size) return fail('unknown_member', 'present');
    const next = MEETING.next(m.status, 'hold');
    if (!next) return fail('wrong_state');
    await saveMeetingMinutes(trx, m.id, { status: next, minutes: input.minutes, present, at });
    await attachDocument(trx, 'meeting', m.id, input.document, actor!.id);
    await audit({
      action: 'councils.meeting.held',
      entityType: 'council_meeting',
      entityId: m.id,
      data: { present: present.length, of: members.size },
      public: true,
    });
    return ok(undefined);
  },
});
