import { ok } from '../../../platform/kit/index.ts';
import { PROPOSAL } from '../domain.ts';
import { canReview } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findProposalInCycle, reviewProposal as saveReview } from '../repository/index.ts';

/**
 * The akimat's feasibility review of a proposal, with its public reason. May be changed while
 * the review stage lasts. Fails with not_found, not_official or not_reviewing.
 * @example await reviewProposal(deps, { proposalId, decision: 'infeasible', reason: 'Жер учаскесі жеке меншікте' })
 */
export const reviewProposal = command({
  load: (trx, input: { proposalId: string; decision: 'feasible' | 'infeasible'; reason: string }) =>
    findProposalInCycle(trx, input.proposalId, { forUpdate: true }),
  policy: (actor, { proposal, cycle }) => canReview(actor, cycle, proposal),
  run: async ({ trx, loaded: { proposal, cycle }, actor, at, audit }, input) => {
    const next = PROPOSAL.next(proposal.status, input.decision);
    if (!next) return fail('not_reviewing');
    await saveReview(trx, proposal.id, { status: next, reason: input.reason, by: actor!.id, at });
    await audit({
      action: `local.proposal.${next}`,
      entityType: 'budget_proposal',
      entityId: proposal.id,
      data: { cycle: cycle.id, reason: input.reason },
      public: true,
    });
    return ok(undefined);
  },
});
