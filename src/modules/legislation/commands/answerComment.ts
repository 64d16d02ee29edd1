import { ok } from '../../../platform/kit/index.ts';
import { reasonRequired, type AnswerStatus } from '../domain.ts';
import { canAnswer } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findComment, findDraft, setAnswer } from '../repository/index.ts';

/**
 * The developer answers a comment: accepted, partly accepted or rejected (with reasons unless
 * accepted). The answer may be revised until the summary is published; `answerVersion` is the
 * value the form was read with, so a second official answering at the same time gets 'stale'.
 * Answers are public acts of the state body.
 * @example await answerComment(deps, { commentId, status: answer, reason: 'Заңға қайшы', answerVersion: 0 }) // answer: accepted, partly_accepted or rejected
 */
export const answerComment = command({
  load: async (trx, input: { commentId: string; status: AnswerStatus; reason: string; answerVersion: number }) => {
    const comment = await findComment(trx, input.commentId, { forUpdate: true });
    return comment ? { comment, draft: (await findDraft(trx, comment.draft_id))! } : null;
  },
  policy: (actor, { draft }, _input, at) => canAnswer(actor, draft, at),
  version: { current: ({ comment }) => comment.answer_version, expected: (input) => input.answerVersion },
  run: async ({ trx, loaded: { comment, draft }, actor, at, audit }, input) => {
    if (comment.version_number !== draft.current_version) return fail('old_version');
    if (reasonRequired(input.status) && !input.reason.trim()) return fail('reason_required', 'reason');
    await setAnswer(trx, comment.id, {
      status: input.status,
      reason: input.reason.trim() || null,
      by: actor!.id,
      byName: actor!.name,
      at,
    });
    await audit({
      action: 'legislation.comment.answered',
      entityType: 'legislation_draft',
      entityId: draft.id,
      data: { comment: comment.id, status: input.status },
      public: true,
    });
    return ok({ draftId: draft.id });
  },
});
