import { ok } from '../../../platform/kit/index.ts';
import { canPropose } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findCycle, insertProposal } from '../repository/index.ts';
import type { ProposalForm } from '../schemas.ts';

/**
 * A resident proposes a project for the cycle while proposals are collected. A proposal that
 * costs more than the whole budget could never be chosen, so it is refused at once.
 * Fails with not_found, sign_in, not_collecting or cost_over_budget (field cost).
 * @example await submitProposal(deps, { cycleId, title: 'Балалар алаңы', description, cost: 12_000_000_00, location: 'Әл-Фараби к-сі, 15' })
 */
export const submitProposal = command({
  load: (trx, input: ProposalForm & { cycleId: string }) => findCycle(trx, input.cycleId),
  policy: (actor, cycle) => canPropose(actor, cycle),
  run: async ({ trx, loaded: cycle, actor, at, audit }, input) => {
    if (input.cost > cycle.budget) return fail('cost_over_budget', 'cost');
    const row = await insertProposal(trx, {
      cycleId: cycle.id,
      authorId: actor!.id,
      title: input.title,
      description: input.description,
      cost: input.cost,
      location: input.location,
      at,
    });
    await audit({
      action: 'local.proposal.submitted',
      entityType: 'budget_proposal',
      entityId: row.id,
      data: { cycle: cycle.id, cost: input.cost },
    });
    return ok({ id: row.id });
  },
});
