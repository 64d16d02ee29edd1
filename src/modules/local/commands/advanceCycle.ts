import { ok } from '../../../platform/kit/index.ts';
import {
  advanceBlocker,
  advanceEvent,
  computeResults,
  CYCLE,
  IMPLEMENTATION_INITIAL,
  PROPOSAL,
  type CycleStatus,
} from '../domain.ts';
import { canAdvanceCycle } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { applyResults, cycleFacts, findCycle, listProposals, setCycleStatus } from '../repository/index.ts';

/**
 * Moves a cycle to its next stage (draft → proposals → review → voting → results →
 * implementation → closed). Leaving "voting" computes the result with the published greedy
 * algorithm and stores every step. `version` is the one the official saw (optimistic locking).
 * Fails with not_found, not_official, closed, no_proposals, unreviewed, no_feasible or stale.
 * @example await advanceCycle(deps, { id, version: 3 })
 */
export const advanceCycle = command({
  load: (trx, input: { id: string; version: number }) => findCycle(trx, input.id, { forUpdate: true }),
  policy: (actor, cycle) => canAdvanceCycle(actor, cycle),
  version: { current: (cycle) => cycle.version, expected: (input) => input.version },
  run: async ({ trx, loaded: cycle, at, audit }) => {
    const event = advanceEvent(cycle.status);
    const next = event && CYCLE.next(cycle.status, event);
    if (!next) return fail('closed');
    const blocker = advanceBlocker(cycle.status, await cycleFacts(trx, cycle.id));
    if (blocker) return fail(blocker);
    let extra: { result_steps?: string; results_at?: Date } = {};
    let selected: string[] = [];
    if (next === 'results') {
      const feasible = (await listProposals(trx, cycle.id))
        .filter((p) => PROPOSAL.can(p.status, 'select'))
        .sort((a, b) => +new Date(a.created_at) - +new Date(b.created_at) || a.id.localeCompare(b.id));
      const steps = computeResults(
        cycle.budget,
        feasible.map((p, i) => ({ id: p.id, votes: p.votes, cost: p.cost, order: i })),
      );
      selected = steps.filter((s) => s.decision === 'selected').map((s) => s.proposalId);
      await applyResults(trx, cycle.id, selected, {
        from: 'feasible',
        selected: PROPOSAL.events.select.to,
        rest: PROPOSAL.events.leave.to,
        implementation: IMPLEMENTATION_INITIAL,
      });
      extra = { result_steps: JSON.stringify(steps), results_at: at };
    }
    if (!(await setCycleStatus(trx, cycle.id, cycle.version, next, extra))) return fail('stale');
    await audit({
      action: `local.cycle.${next}`,
      entityType: 'budget_cycle',
      entityId: cycle.id,
      data: { from: cycle.status, to: next, ...(next === 'results' ? { selected: selected.length } : {}) },
      public: true,
    });
    return ok({ status: next as CycleStatus });
  },
});
