import { ok } from '../../../platform/kit/index.ts';
import { canManage } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findComment, saveCommentAnswer } from '../repository/index.ts';
import { planWithBody } from './load.ts';

/** The body publishes its answer to a comment (once; the answer is public). */
export const answerComment = command({
  load: async (trx, input: { commentId: string; answer: string }) => {
    const comment = await findComment(trx, input.commentId, { forUpdate: true });
    const found = comment && (await planWithBody(trx, comment.plan_id, { forUpdate: false }));
    return found ? { comment, ...found } : null;
  },
  policy: (actor, { body }) => canManage(actor, body),
  run: async ({ trx, loaded: { comment, plan }, actor, at, audit }, input) => {
    if (comment.answer) return fail('alreadyAnswered');
    await saveCommentAnswer(trx, comment.id, { answer: input.answer, by: actor!.id, at });
    await audit({
      action: 'funding.plan.commentAnswered',
      entityType: 'funding_plan',
      entityId: plan.id,
      data: { commentId: comment.id },
      public: true,
    });
    return ok({ planId: plan.id });
  },
});
