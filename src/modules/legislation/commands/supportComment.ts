import { ok } from '../../../platform/kit/index.ts';
import { canSupport } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findComment, findDraft, insertSupport } from '../repository/index.ts';

/**
 * Supports another person's comment, once per person (the primary key decides, so two clicks at
 * once count once).
 * @example await supportComment(deps, { commentId })
 */
export const supportComment = command({
  load: async (trx, input: { commentId: string }) => {
    const comment = await findComment(trx, input.commentId);
    return comment ? { comment, draft: (await findDraft(trx, comment.draft_id))! } : null;
  },
  // Whether this person supported it already is the insert's to say (below): `load` does not know who acts.
  policy: (actor, { draft, comment }, _input, at) => canSupport(actor, draft, comment, { alreadySupported: false }, at),
  run: async ({ trx, loaded: { draft, comment }, actor, at, audit }) => {
    if (!(await insertSupport(trx, comment.id, actor!.id, at))) return fail('already_supported');
    await audit({
      action: 'legislation.comment.supported',
      entityType: 'legislation_draft',
      entityId: draft.id,
      data: { comment: comment.id },
    });
    return ok({ draftId: draft.id });
  },
});
