import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { reasonRequired, type AnswerStatus } from '../domain.ts';
import { canAnswer } from '../policy.ts';
import { findComment, findDraft, setAnswer } from '../repository.ts';

/**
 * The developer answers a comment: accepted, partly accepted or rejected (with reasons unless
 * accepted). The answer may be revised until the summary is published; `answerVersion` is the
 * value the form was read with, so a second official answering at the same time gets 'stale'.
 * Answers are public acts of the state body.
 * @example await answerComment(deps, { commentId, status: 'rejected', reason: 'Заңға қайшы', answerVersion: 0 })
 */
export async function answerComment(
  deps: CommandDeps,
  input: { commentId: string; status: AnswerStatus; reason: string; answerVersion: number },
  now = new Date(),
): Promise<Result<{ draftId: string }>> {
  const actor = deps.actor;
  return deps.db.transaction().execute(async (trx) => {
    const comment = await findComment(trx, input.commentId, { forUpdate: true });
    if (!comment) return fail('not_found');
    const draft = (await findDraft(trx, comment.draft_id))!;
    const decision = canAnswer(actor, draft, now);
    if (!decision.ok) return fail(decision.reason);
    if (comment.version_number !== draft.current_version) return fail('old_version');
    if (reasonRequired(input.status) && !input.reason.trim()) return fail('reason_required', 'reason');
    const saved = await setAnswer(trx, comment.id, input.answerVersion, {
      status: input.status,
      reason: input.reason.trim() || null,
      by: actor!.id,
      byName: actor!.name,
      at: now,
    });
    if (!saved) return fail('stale');
    await audit(trx, {
      actor,
      action: 'legislation.comment.answered',
      entityType: 'legislation_draft',
      entityId: draft.id,
      data: { comment: comment.id, status: input.status },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ draftId: draft.id });
  });
}
