/**
 * Who may do what in local participation. Pure functions of (actor, resource, facts): deny by
 * default, with a reason (the last segment of an i18n key "local.deny.<reason>").
 *
 * The akimat's officials (members of the cycle's state body) run its participatory budget:
 * they open and advance the stages, review proposals and record implementation. Residents
 * (any signed-in person) propose and vote; the territory is checked on the ballot.
 */
import type { Actor } from '../../platform/auth/actor.ts';
import type { Verdict } from '../../platform/kit/index.ts';
import { nextCycleStatus, reviewable, type CycleStatus, type ProposalStatus } from './domain.ts';
import { allow, deny, type LocalReason } from './reasons.ts';

type Decision = Verdict<LocalReason>;

/** A person acts for a state body when a membership links them to it. */
export const actsFor = (actor: Actor | null, stateBodyId: string): boolean =>
  !!actor && actor.stateBodies.includes(stateBodyId);

/** Officials of an akimat create its cycles. */
export function canCreateCycle(actor: Actor | null, body: { id: string; kind: string }): Decision {
  if (!actor) return deny('sign_in');
  if (body.kind !== 'akimat') return deny('not_akimat');
  if (!actsFor(actor, body.id)) return deny('not_official');
  return allow;
}

/** Officials of the cycle's akimat move it to the next stage. */
export function canAdvanceCycle(actor: Actor | null, cycle: { state_body_id: string; status: CycleStatus }): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, cycle.state_body_id)) return deny('not_official');
  if (!nextCycleStatus(cycle.status)) return deny('closed');
  return allow;
}

/** Anyone signed in proposes while proposals are collected. */
export function canPropose(actor: Actor | null, cycle: { status: CycleStatus }): Decision {
  if (!actor) return deny('sign_in');
  if (cycle.status !== 'proposals') return deny('not_collecting');
  return allow;
}

/** The akimat reviews feasibility during the review stage. */
export function canReview(
  actor: Actor | null,
  cycle: { state_body_id: string; status: CycleStatus },
  proposal: { status: ProposalStatus },
): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, cycle.state_body_id)) return deny('not_official');
  if (cycle.status !== 'review') return deny('not_reviewing');
  if (!reviewable(proposal.status)) return deny('not_reviewing');
  return allow;
}

/** A signed-in person votes once while voting is open. */
export function canVote(actor: Actor | null, cycle: { status: CycleStatus }, facts: { hasVoted: boolean }): Decision {
  if (!actor) return deny('sign_in');
  if (cycle.status !== 'voting') return deny('not_voting');
  if (facts.hasVoted) return deny('already_voted');
  return allow;
}

/** The akimat records implementation of a selected proposal once the results are out. */
export function canRecordProgress(
  actor: Actor | null,
  cycle: { state_body_id: string; status: CycleStatus },
  proposal: { status: ProposalStatus },
): Decision {
  if (!actor) return deny('sign_in');
  if (!actsFor(actor, cycle.state_body_id)) return deny('not_official');
  if (cycle.status !== 'results' && cycle.status !== 'implementation') return deny('not_implementing');
  if (proposal.status !== 'selected') return deny('not_selected');
  return allow;
}

/** A signed-in resident rates an akimat once per period. */
export function canAssess(actor: Actor | null, body: { kind: string }, facts: { alreadyRated: boolean }): Decision {
  if (!actor) return deny('sign_in');
  if (body.kind !== 'akimat') return deny('not_akimat');
  if (facts.alreadyRated) return deny('already_rated');
  return allow;
}

/** What a cycle page may offer this reader; buttons follow the same rules as the server. */
export function cycleCan(
  actor: Actor | null,
  cycle: { state_body_id: string; status: CycleStatus },
  facts: { hasVoted: boolean },
) {
  return {
    advance: canAdvanceCycle(actor, cycle).ok,
    propose: canPropose(actor, cycle).ok || (!actor && cycle.status === 'proposals'),
    vote: canVote(actor, cycle, facts).ok || (!actor && cycle.status === 'voting'),
    review: !!actor && actsFor(actor, cycle.state_body_id) && cycle.status === 'review',
    progress:
      !!actor &&
      actsFor(actor, cycle.state_body_id) &&
      (cycle.status === 'results' || cycle.status === 'implementation'),
  };
}
