import { ok } from '../../../platform/kit/result.ts';
import { HEARING } from '../domain.ts';
import { canRecordHearing } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { lockHearing, updateHearing } from '../repository/index.ts';
import { attachDocument, type NewDocument } from './shared.ts';

/**
 * Records that the hearing took place: the minutes, the number of participants and optionally
 * a signed copy. Questions close; the organiser then answers the remaining ones.
 * @example await recordHearing(deps, { id, version: 1, minutes: '…', participants: 42 })
 */
export const recordHearing = command({
  load: (trx, input: { id: string; version: number; minutes: string; participants: number; document?: NewDocument }) =>
    lockHearing(trx, input.id),
  policy: (actor, h, _input, at) => canRecordHearing(actor, h, at),
  version: { current: (h) => h.version, expected: (input) => input.version },
  run: async ({ trx, loaded: h, actor, at, audit }, input) => {
    const next = HEARING.next(h.status, 'hold');
    if (!next) return fail('wrong_state');
    await updateHearing(trx, h.id, { status: next, minutes: input.minutes, participants: input.participants, at });
    await attachDocument(trx, 'hearing', h.id, input.document, actor!.id);
    await audit({
      action: 'councils.hearing.held',
      entityType: 'hearing',
      entityId: h.id,
      data: { participants: input.participants },
      public: true,
    });
    return ok(undefined);
  },
});
