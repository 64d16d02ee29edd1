import { ok } from '../../../platform/kit/index.ts';
import { regionByCodeOrNull, districtsOf } from '../presenters.ts';
import { canCreateCycle } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findStateBody, insertCycle } from '../repository/index.ts';
import type { CycleForm } from '../schemas.ts';

/**
 * An akimat's official opens a participatory budget (in draft) for a year.
 * A district must be one of the region's districts (reference data).
 * The akimat is chosen on the form, so what is wrong with it is said next to that field
 * (unknown_body, not_official, not_akimat) rather than on a page of its own.
 * @example await createCycle(deps, { stateBodyId, district: null, year: 2026, titleKk, titleRu, titleEn: null, description: null, budget: 50_000_000_00, maxChoices: 3 })
 */
export const createCycle = command({
  run: async ({ trx, actor, audit }, input: CycleForm) => {
    const body = await findStateBody(trx, input.stateBodyId);
    if (!body) return fail('unknown_body', 'stateBodyId');
    const can = canCreateCycle(actor, body);
    if (!can.ok) return fail(can.reason, 'stateBodyId');
    if (!body.region || !regionByCodeOrNull(body.region)) return fail('not_akimat', 'stateBodyId');
    if (input.district && !districtsOf(body.region).some((d) => d.kk === input.district))
      return fail('district', 'district');
    const row = await insertCycle(trx, {
      stateBodyId: body.id,
      region: body.region,
      district: input.district,
      year: input.year,
      titleKk: input.titleKk,
      titleRu: input.titleRu,
      titleEn: input.titleEn,
      description: input.description,
      budget: input.budget,
      maxChoices: input.maxChoices,
      by: actor!.id,
    });
    await audit({
      action: 'local.cycle.created',
      entityType: 'budget_cycle',
      entityId: row.id,
      data: { budget: input.budget, year: input.year },
      public: true,
    });
    return ok({ id: row.id });
  },
});
