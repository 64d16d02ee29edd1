import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canManage } from '../policy.ts';
import { findPlan } from '../repository.ts';
import { loadBody, record, tx } from './shared.ts';

/** The body publishes its answer to a comment (once; the answer is public). */
export async function answerComment(
  deps: CommandDeps,
  input: { commentId: string; answer: string },
  now = new Date(),
): Promise<Result<{ planId: string }>> {
  return tx(deps, async (trx) => {
    const c = await trx
      .selectFrom('funding_plan_comments')
      .selectAll()
      .where('id', '=', input.commentId)
      .forUpdate()
      .executeTakeFirst();
    if (!c) return fail('not_found');
    const plan = (await findPlan(trx, c.plan_id))!;
    const can = canManage(deps.actor, (await loadBody(trx, plan.state_body_id))!);
    if (!can.ok) return fail(can.reason);
    if (c.answer) return fail('alreadyAnswered');
    await trx
      .updateTable('funding_plan_comments')
      .set({ answer: input.answer, answered_by: deps.actor!.id, answered_at: now })
      .where('id', '=', c.id)
      .execute();
    await record(trx, deps, 'plan.commentAnswered', 'funding_plan', plan.id, { commentId: c.id });
    return ok({ planId: plan.id });
  });
}
