import { ok } from '../../../platform/kit/index.ts';
import { canPropose } from '../policy.ts';
import { command } from '../reasons.ts';
import { findPlatformWithForum, insertForumProposal } from '../repository/index.ts';

/**
 * A participant's proposal to a dialogue platform while the forum is open.
 * Fails with not_found, sign_in or not_open.
 * @example await proposeToForum(deps, { platformId, title: 'ҮЕҰ-ға гранттар', body: '...' })
 */
export const proposeToForum = command({
  load: (trx, input: { platformId: string; title: string; body: string }) =>
    findPlatformWithForum(trx, input.platformId),
  policy: (actor, { forum }) => canPropose(actor, forum),
  run: async ({ trx, loaded: { platform }, actor, at, audit }, input) => {
    const row = await insertForumProposal(trx, {
      platformId: platform.id,
      authorId: actor!.id,
      title: input.title,
      body: input.body,
      at,
    });
    // Private: the entry names the author.
    await audit({
      action: 'forum.proposal.submitted',
      entityType: 'forum_proposal',
      entityId: row.id,
      data: { platform: platform.id },
    });
    return ok({ id: row.id });
  },
});
