import { ok } from '../../../platform/kit/index.ts';
import { canComment } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findPlan, insertComment, topicOfPlan } from '../repository/index.ts';

/** A signed-in person comments on a plan while its discussion is open. */
export const commentOnPlan = command({
  load: (trx, input: { planId: string; topicId: string | null; body: string }) => findPlan(trx, input.planId),
  policy: (actor, plan, _input, at) => canComment(actor, plan, at),
  run: async ({ trx, loaded: plan, actor, at, audit }, input) => {
    if (input.topicId && !(await topicOfPlan(trx, plan.id, input.topicId))) return fail('not_found', 'topicId');
    const row = await insertComment(trx, {
      planId: plan.id,
      topicId: input.topicId,
      authorId: actor!.id,
      authorName: actor!.name,
      body: input.body,
      at,
    });
    // Private: the comment itself is shown on the plan; the entry would only repeat who wrote it.
    await audit({
      action: 'funding.plan.commented',
      entityType: 'funding_plan',
      entityId: plan.id,
      data: { commentId: row.id },
    });
    return ok({ id: row.id });
  },
});
