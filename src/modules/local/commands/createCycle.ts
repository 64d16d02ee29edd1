import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { regionByCodeOrNull, districtsOf } from '../presenters.ts';
import { canCreateCycle } from '../policy.ts';
import { findStateBody, insertCycle } from '../repository.ts';
import type { CycleForm } from '../schemas.ts';

/**
 * An akimat's official opens a participatory budget (in draft) for a year.
 * A district must be one of the region's districts (reference data).
 * @example await createCycle(deps, { stateBodyId, district: null, year: 2026, titleKk, titleRu, titleEn: null, description: null, budget: 50_000_000_00, maxChoices: 3 })
 */
export async function createCycle(deps: CommandDeps, input: CycleForm): Promise<Result<{ id: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const body = await findStateBody(trx, input.stateBodyId);
    if (!body) return fail('not_found', 'stateBodyId');
    const can = canCreateCycle(deps.actor, body);
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
      by: deps.actor!.id,
    });
    await audit(trx, {
      actor: deps.actor,
      action: 'local.cycle.created',
      entityType: 'budget_cycle',
      entityId: row.id,
      data: { budget: input.budget, year: input.year },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
