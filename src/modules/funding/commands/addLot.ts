import { ok } from '../../../platform/kit/index.ts';
import { lotProblems, type LotInput } from '../domain.ts';
import { canManage } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { insertLot, nextLotNumber } from '../repository/index.ts';
import { callWithBody } from './load.ts';

/** Adds a lot (programme, nomination) to a call still in draft. */
export const addLot = command({
  load: (trx, input: { callId: string; lot: LotInput }) => callWithBody(trx, input.callId),
  policy: (actor, { body }) => canManage(actor, body),
  run: async ({ trx, loaded: { call }, audit }, input) => {
    if (call.status !== 'draft') return fail('callNotDraft');
    const first = Object.entries(lotProblems(call.instrument, input.lot, new Date(call.opens_at)))[0];
    if (first) return fail(first[1], first[0]);
    const row = await insertLot(trx, call.id, await nextLotNumber(trx, call.id), input.lot);
    await audit({
      action: 'funding.lot.added',
      entityType: 'funding_call',
      entityId: call.id,
      data: { lotId: row.id },
      public: true,
    });
    return ok({ id: row.id });
  },
});
