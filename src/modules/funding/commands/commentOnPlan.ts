import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canComment } from '../policy.ts';
import { findPlan } from '../repository.ts';
import { record, tx } from './shared.ts';

/** A signed-in person comments on a plan while its discussion is open. */
export async function commentOnPlan(
  deps: CommandDeps,
  input: { planId: string; topicId: string | null; body: string },
  now = new Date(),
): Promise<Result<{ id: string }>> {
  return tx(deps, async (trx) => {
    const plan = await findPlan(trx, input.planId);
    if (!plan) return fail('not_found');
    const can = canComment(deps.actor, plan, now);
    if (!can.ok) return fail(can.reason);
    if (input.topicId) {
      const t = await trx
        .selectFrom('funding_topics')
        .select('id')
        .where('id', '=', input.topicId)
        .where('plan_id', '=', plan.id)
        .executeTakeFirst();
      if (!t) return fail('not_found', 'topicId');
    }
    const row = await trx
      .insertInto('funding_plan_comments')
      .values({
        plan_id: plan.id,
        topic_id: input.topicId,
        author_id: deps.actor!.id,
        author_name: deps.actor!.name,
        body: input.body,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await record(trx, deps, 'plan.commented', 'funding_plan', plan.id, { commentId: row.id }, false);
    return ok({ id: row.id });
  });
}
