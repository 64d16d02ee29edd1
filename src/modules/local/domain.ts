/**
 * Pure rules of local participation: the participatory-budget cycle's state machine, the ballot
 * rules, the documented result algorithm, and the assessment periods.
 */
import { lifecycle, type EventOf } from '../../platform/kit/index.ts';
import { almatyDate } from '../../reference/index.ts';
import type { LocalReason } from './reasons.ts';

export const CYCLE_STATUSES = [
  'draft',
  'proposals',
  'review',
  'voting',
  'results',
  'implementation',
  'closed',
] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

export const PROPOSAL_STATUSES = ['submitted', 'feasible', 'infeasible', 'selected', 'not_selected'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const IMPLEMENTATION_STATUSES = ['not_started', 'in_progress', 'completed', 'cancelled'] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

/**
 * The cycle moves forward one stage at a time; nothing goes back (a published result or a cast
 * ballot must not be undone by reopening an earlier stage).
 */
export const CYCLE = lifecycle(CYCLE_STATUSES, {
  open_proposals: { from: ['draft'], to: 'proposals' },
  start_review: { from: ['proposals'], to: 'review' },
  open_voting: { from: ['review'], to: 'voting' },
  publish_results: { from: ['voting'], to: 'results' },
  start_implementation: { from: ['results'], to: 'implementation' },
  close: { from: ['implementation'], to: 'closed' },
});
export type CycleEvent = EventOf<typeof CYCLE>;

/** The one event that moves a cycle on from its stage (null when closed). */
export const advanceEvent = (s: CycleStatus): CycleEvent | null => CYCLE.allowed(s)[0] ?? null;
export const nextCycleStatus = (s: CycleStatus): CycleStatus | null => {
  const e = advanceEvent(s);
  return e ? CYCLE.next(s, e) : null;
};
/** Whether `from -> to` is in the table. */
export const canMoveCycle = (from: CycleStatus, to: CycleStatus): boolean => nextCycleStatus(from) === to;

/**
 * A proposal: the akimat reviews it (and may change its review while the review stage lasts);
 * the vote's result selects some of the feasible ones and leaves the rest.
 */
export const PROPOSAL = lifecycle(PROPOSAL_STATUSES, {
  feasible: { from: ['submitted', 'feasible', 'infeasible'], to: 'feasible' },
  infeasible: { from: ['submitted', 'feasible', 'infeasible'], to: 'infeasible' },
  select: { from: ['feasible'], to: 'selected' },
  leave: { from: ['feasible'], to: 'not_selected' },
});
export interface CycleFacts {
  proposals: number;
  /** Proposals still waiting for the akimat's review. */
  unreviewed: number;
  feasible: number;
}

/**
 * Why the cycle may not advance yet (an i18n key's last segment), or null. Review needs
 * proposals; voting needs every proposal reviewed and at least one feasible.
 * @example advanceBlocker('review', { proposals: 3, unreviewed: 1, feasible: 2 }) // 'unreviewed'
 */
export function advanceBlocker(
  from: CycleStatus,
  f: CycleFacts,
): 'closed' | 'no_proposals' | 'unreviewed' | 'no_feasible' | null {
  if (from === 'closed') return 'closed';
  if (from === 'proposals' && f.proposals === 0) return 'no_proposals';
  if (from === 'review' && f.unreviewed > 0) return 'unreviewed';
  if (from === 'review' && f.feasible === 0) return 'no_feasible';
  return null;
}

/** The akimat may change its review while the review stage lasts. */
export const reviewable = (s: ProposalStatus): boolean => PROPOSAL.can(s, 'feasible');

/**
 * Implementation moves forward; "completed" and "cancelled" are final. An update may repeat the
 * current stage (another note, another photo). The akimat reports the stage reached, so each event
 * is named by the stage it reports.
 */
export const IMPLEMENTATION = lifecycle(IMPLEMENTATION_STATUSES, {
  not_started: { from: ['not_started'], to: 'not_started' },
  in_progress: { from: ['not_started', 'in_progress'], to: 'in_progress' },
  completed: { from: ['in_progress'], to: 'completed' },
  cancelled: { from: ['not_started', 'in_progress'], to: 'cancelled' },
});
/** Photos of implementation: up to 5 MB (smaller than other uploads: they are served to every reader). */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/** A selected project's implementation has not started yet. */
export const IMPLEMENTATION_INITIAL = 'not_started' satisfies ImplementationStatus;

export const canMoveImplementation = (from: ImplementationStatus, to: ImplementationStatus): boolean =>
  IMPLEMENTATION.can(from, to);

// ------------------------------------------------------------------ ballots

export interface BallotProposal {
  id: string;
  cost: number;
  status: ProposalStatus;
}

/**
 * Checks a ballot's choices: at least one, at most `maxChoices`, no repeats, only feasible
 * proposals of the cycle, and their total cost within the budget. Returns an error key
 * (local.errors.<reason>) or null.
 * @example ballotError(['a', 'b'], props, { budget: 100, maxChoices: 3 }) // 'over_budget' when a+b cost more than 100
 */
export function ballotError(
  choices: readonly string[],
  proposals: ReadonlyMap<string, BallotProposal>,
  rules: { budget: number; maxChoices: number },
): Extract<
  LocalReason,
  'no_choice' | 'duplicate_choice' | 'too_many_choices' | 'unknown_choice' | 'over_budget'
> | null {
  if (choices.length === 0) return 'no_choice';
  if (new Set(choices).size !== choices.length) return 'duplicate_choice';
  if (choices.length > rules.maxChoices) return 'too_many_choices';
  let total = 0;
  for (const id of choices) {
    const p = proposals.get(id);
    if (!p || p.status !== 'feasible') return 'unknown_choice';
    total += p.cost;
  }
  if (total > rules.budget) return 'over_budget';
  return null;
}

/** A voter lives in the cycle's territory: its region, and its district when the akimat is a district's. */
export function residenceError(
  cycle: { region: string; district: string | null },
  declared: { region: string; district: string | null },
): 'not_resident_region' | 'not_resident_district' | null {
  if (declared.region !== cycle.region) return 'not_resident_region';
  if (cycle.district && declared.district !== cycle.district) return 'not_resident_district';
  return null;
}

// ------------------------------------------------------------------ results

export interface ResultStep {
  proposalId: string;
  votes: number;
  cost: number;
  remainingBefore: number;
  decision: 'selected' | 'skipped';
  remainingAfter: number;
}

/**
 * The published result algorithm ("greedy by votes within the budget"):
 * 1. order the feasible proposals by votes, most first; ties by lower cost, then by earlier submission;
 * 2. take each in turn: if its cost fits in what is left of the budget, it is selected and the
 *    remainder shrinks; otherwise it is skipped and the next one is tried;
 * 3. stop when every proposal has been considered.
 * Proposals with no votes are never selected.
 * @example computeResults(100, [{ id: 'a', votes: 9, cost: 80, order: 1 }, { id: 'b', votes: 5, cost: 30, order: 2 }, { id: 'c', votes: 2, cost: 20, order: 3 }])
 *   // a selected (20 left), b skipped, c selected (0 left)
 */
export function computeResults(
  budget: number,
  proposals: readonly { id: string; votes: number; cost: number; order: number }[],
): ResultStep[] {
  const ordered = [...proposals].sort((a, b) => b.votes - a.votes || a.cost - b.cost || a.order - b.order);
  let remaining = budget;
  const steps: ResultStep[] = [];
  for (const p of ordered) {
    const fits = p.votes > 0 && p.cost <= remaining;
    const before = remaining;
    if (fits) remaining -= p.cost;
    steps.push({
      proposalId: p.id,
      votes: p.votes,
      cost: p.cost,
      remainingBefore: before,
      decision: fits ? 'selected' : 'skipped',
      remainingAfter: remaining,
    });
  }
  return steps;
}

// ------------------------------------------------------------- assessments

/** The assessment period of an instant: its quarter in Almaty time, e.g. '2026-Q4'. */
export function assessmentPeriod(at: Date): string {
  const d = almatyDate(at);
  return `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
}

export const isPeriod = (s: string): boolean => /^\d{4}-Q[1-4]$/.test(s);

/** The average of scores with one decimal, or null with none. */
export function averageScore(sum: number, count: number): number | null {
  return count > 0 ? Math.round((sum / count) * 10) / 10 : null;
}
