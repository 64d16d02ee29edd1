import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canSupport } from '../policy.ts';
import { findComment, findDraft, insertSupport, supportedBy } from '../repository.ts';

/**
 * Supports another person's comment, once per person (the primary key decides, so two clicks at
 * once count once).
 * @example await supportComment(deps, { commentId })
 */
export async function supportComment(
  deps: CommandDeps,
  input: { commentId: string },
  now = new Date(),
): Promise<Result<{ draftId: string }>> {
  const actor = deps.actor;
  return deps.db.transaction().execute(async (trx) => {
    const comment = await findComment(trx, input.commentId);
    if (!comment) return fail('not_found');
    const draft = (await findDraft(trx, comment.draft_id))!;
    const already = actor ? (await supportedBy(trx, draft.id, actor.id)).has(comment.id) : false;
    const decision = canSupport(actor, draft, comment, { alreadySupported: already }, now);
    if (!decision.ok) return fail(decision.reason);
    if (!(await insertSupport(trx, comment.id, actor!.id, now))) return fail('already_supported');
    await audit(trx, {
      actor,
      action: 'legislation.comment.supported',
      entityType: 'legislation_draft',
      entityId: draft.id,
      data: { comment: comment.id },
      requestId: deps.requestId,
    });
    return ok({ draftId: draft.id });
  });
}
