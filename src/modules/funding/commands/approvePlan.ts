import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { planCanApprove } from '../domain.ts';
import { canManage } from '../policy.ts';
import { findPlan } from '../repository.ts';
import { loadBody, record, tx } from './shared.ts';

/** Approves a plan after its discussion ended and every comment has a published answer. */
export async function approvePlan(
  deps: CommandDeps,
  input: { planId: string },
  now = new Date(),
): Promise<Result<void>> {
  return tx(deps, async (trx) => {
    const plan = await findPlan(trx, input.planId, { forUpdate: true });
    if (!plan) return fail('not_found');
    const can = canManage(deps.actor, (await loadBody(trx, plan.state_body_id))!);
    if (!can.ok) return fail(can.reason);
    const open = await trx
      .selectFrom('funding_plan_comments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('plan_id', '=', plan.id)
      .where('answer', 'is', null)
      .executeTakeFirstOrThrow();
    const verdict = planCanApprove(
      { status: plan.status, discussionEndsAt: plan.discussion_ends_at ? new Date(plan.discussion_ends_at) : null },
      Number(open.n),
      now,
    );
    if (verdict !== 'ok') return fail(verdict);
    await trx
      .updateTable('funding_plans')
      .set({ status: 'approved', approved_at: now, updated_at: now, version: plan.version + 1 })
      .where('id', '=', plan.id)
      .execute();
    await record(trx, deps, 'plan.approved', 'funding_plan', plan.id);
    return ok(undefined);
  });
}
