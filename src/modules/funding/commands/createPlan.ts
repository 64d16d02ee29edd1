import { ok } from '../../../platform/kit/index.ts';
import type { Instrument } from '../domain.ts';
import { canManage } from '../policy.ts';
import { command } from '../reasons.ts';
import { findBodyById, insertPlan } from '../repository/index.ts';

/** A state body (or the operator) starts a draft plan of topics for a year. */
export const createPlan = command({
  load: (trx, input: { stateBodyId: string; instrument: Instrument; year: number; title: string }) =>
    findBodyById(trx, input.stateBodyId),
  policy: (actor, body) => canManage(actor, body),
  run: async ({ trx, loaded: body, actor, audit }, input) => {
    const row = await insertPlan(trx, { ...input, stateBodyId: body.id, createdBy: actor!.id });
    await audit({
      action: 'funding.plan.created',
      entityType: 'funding_plan',
      entityId: row.id,
      data: { year: input.year, instrument: input.instrument },
      public: true,
    });
    return ok({ id: row.id });
  },
});
