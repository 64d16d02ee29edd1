import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canPropose } from '../policy.ts';
import { findCycle, insertProposal } from '../repository.ts';
import type { ProposalForm } from '../schemas.ts';

/**
 * A resident proposes a project for the cycle while proposals are collected. A proposal that
 * costs more than the whole budget could never be chosen, so it is refused at once.
 * Fails with not_found, sign_in, not_collecting or cost_over_budget (field cost).
 * @example await submitProposal(deps, { cycleId, title: 'Балалар алаңы', description, cost: 12_000_000_00, location: 'Әл-Фараби к-сі, 15' })
 */
export async function submitProposal(
  deps: CommandDeps,
  input: ProposalForm & { cycleId: string },
  at = new Date(),
): Promise<Result<{ id: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const cycle = await findCycle(trx, input.cycleId);
    if (!cycle) return fail('not_found');
    const can = canPropose(deps.actor, cycle);
    if (!can.ok) return fail(can.reason);
    if (input.cost > cycle.budget) return fail('cost_over_budget', 'cost');
    const row = await insertProposal(trx, {
      cycleId: cycle.id,
      authorId: deps.actor!.id,
      title: input.title,
      description: input.description,
      cost: input.cost,
      location: input.location,
      at,
    });
    await audit(trx, {
      actor: deps.actor,
      action: 'local.proposal.submitted',
      entityType: 'budget_proposal',
      entityId: row.id,
      data: { cycle: cycle.id, cost: input.cost },
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
