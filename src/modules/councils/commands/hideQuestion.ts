import { ok } from '../../../platform/kit/result.ts';
import { canModerateQuestion } from '../policy.ts';
import { command } from '../reasons.ts';
import { findQuestion, hidePost, lockHearing } from '../repository/index.ts';

/**
 * Light moderation: an organiser's official or a moderator hides an abusive or off-topic post
 * with a public reason (the text is no longer shown; the fact and the reason are).
 * @example await hideQuestion(deps, { id, reason: 'Тақырыпқа қатысы жоқ' })
 */
export const hideQuestion = command({
  load: async (trx, input: { id: string; reason: string }) => {
    const q = await findQuestion(trx, input.id, { forUpdate: true });
    return q && { q, h: (await lockHearing(trx, q.hearing_id))! };
  },
  policy: (actor, { h, q }) => canModerateQuestion(actor, h, q),
  run: async ({ trx, loaded: { q, h }, audit }, input) => {
    await hidePost(trx, q.id, input.reason);
    await audit({
      action: 'councils.question.hidden',
      entityType: 'hearing',
      entityId: h.id,
      data: { question: q.id, reason: input.reason },
      public: true,
    });
    return ok(undefined);
  },
});
