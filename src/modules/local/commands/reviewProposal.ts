import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canReview } from '../policy.ts';
import { findCycle, findProposal, reviewProposal as saveReview } from '../repository.ts';

/**
 * The akimat's feasibility review of a proposal, with its public reason. May be changed while
 * the review stage lasts. Fails with not_found, not_official or not_reviewing.
 * @example await reviewProposal(deps, { proposalId, decision: 'infeasible', reason: 'Жер учаскесі жеке меншікте' })
 */
export async function reviewProposal(
  deps: CommandDeps,
  input: { proposalId: string; decision: 'feasible' | 'infeasible'; reason: string },
  at = new Date(),
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const proposal = await findProposal(trx, input.proposalId, { forUpdate: true });
    if (!proposal) return fail('not_found');
    const cycle = await findCycle(trx, proposal.cycle_id);
    if (!cycle) return fail('not_found');
    const can = canReview(deps.actor, cycle, proposal);
    if (!can.ok) return fail(can.reason);
    await saveReview(trx, proposal.id, { status: input.decision, reason: input.reason, by: deps.actor!.id, at });
    await audit(trx, {
      actor: deps.actor,
      action: `local.proposal.${input.decision}`,
      entityType: 'budget_proposal',
      entityId: proposal.id,
      data: { cycle: cycle.id, reason: input.reason },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
