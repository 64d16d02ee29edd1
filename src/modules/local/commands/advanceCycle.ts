import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { advanceBlocker, computeResults, nextCycleStatus, type CycleStatus } from '../domain.ts';
import { canAdvanceCycle } from '../policy.ts';
import { applyResults, cycleFacts, findCycle, listProposals, setCycleStatus } from '../repository.ts';

/**
 * Moves a cycle to its next stage (draft → proposals → review → voting → results →
 * implementation → closed). Leaving "voting" computes the result with the published greedy
 * algorithm and stores every step. `version` is the one the official saw (optimistic locking).
 * Fails with not_found, not_official, closed, no_proposals, unreviewed, no_feasible or stale.
 * @example await advanceCycle(deps, { id, version: 3 })
 */
export async function advanceCycle(
  deps: CommandDeps,
  input: { id: string; version: number },
  at = new Date(),
): Promise<Result<{ status: CycleStatus }>> {
  return deps.db.transaction().execute(async (trx) => {
    const cycle = await findCycle(trx, input.id, { forUpdate: true });
    if (!cycle) return fail('not_found');
    const can = canAdvanceCycle(deps.actor, cycle);
    if (!can.ok) return fail(can.reason);
    if (cycle.version !== input.version) return fail('stale');
    const next = nextCycleStatus(cycle.status)!;
    const blocker = advanceBlocker(cycle.status, await cycleFacts(trx, cycle.id));
    if (blocker) return fail(blocker);
    let extra: { result_steps?: string; results_at?: Date } = {};
    let selected: string[] = [];
    if (next === 'results') {
      const feasible = (await listProposals(trx, cycle.id, { status: 'feasible' })).sort(
        (a, b) => +new Date(a.created_at) - +new Date(b.created_at) || a.id.localeCompare(b.id),
      );
      const steps = computeResults(
        cycle.budget,
        feasible.map((p, i) => ({ id: p.id, votes: p.votes, cost: p.cost, order: i })),
      );
      selected = steps.filter((s) => s.decision === 'selected').map((s) => s.proposalId);
      await applyResults(trx, cycle.id, selected);
      extra = { result_steps: JSON.stringify(steps), results_at: at };
    }
    if (!(await setCycleStatus(trx, cycle.id, cycle.version, next, extra))) return fail('stale');
    await audit(trx, {
      actor: deps.actor,
      action: `local.cycle.${next}`,
      entityType: 'budget_cycle',
      entityId: cycle.id,
      data: { from: cycle.status, to: next, ...(next === 'results' ? { selected: selected.length } : {}) },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ status: next });
  });
}
