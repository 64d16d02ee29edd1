import { ok } from '../../../platform/kit/index.ts';
import { DEFAULT_RUBRIC, lotProblems, type Instrument, type LotInput } from '../domain.ts';
import { canManage } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findBodyById, insertCall, insertLot, nextCallNumber } from '../repository/index.ts';

export interface CallInput {
  stateBodyId: string;
  planId: string | null;
  instrument: Instrument;
  title: string;
  description: string;
  opensAt: Date;
  closesAt: Date;
  requiredDocuments: string[];
  panelSize: number;
}

/** A draft call with its first lot (programme, nomination). Field problems come back as `field`. */
export const createCall = command({
  load: (trx, input: CallInput & { lot: LotInput }) => findBodyById(trx, input.stateBodyId),
  policy: (actor, body) => canManage(actor, body),
  run: async ({ trx, loaded: body, actor, audit }, input) => {
    if (input.closesAt <= input.opensAt) return fail('closesBeforeOpens', 'closesOn');
    const first = Object.entries(lotProblems(input.instrument, input.lot, input.opensAt))[0];
    if (first) return fail(first[1], first[0]);
    const number = await nextCallNumber(trx, body.code, Number(input.opensAt.toISOString().slice(0, 4)));
    const row = await insertCall(trx, {
      ...input,
      number,
      stateBodyId: body.id,
      rubric: DEFAULT_RUBRIC,
      createdBy: actor!.id,
    });
    await insertLot(trx, row.id, 1, input.lot);
    await audit({
      action: 'funding.call.created',
      entityType: 'funding_call',
      entityId: row.id,
      data: { number, instrument: input.instrument },
      public: true,
    });
    return ok({ id: row.id, number });
  },
});
