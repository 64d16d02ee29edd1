import { ok } from '../../../platform/kit/index.ts';
import { canSupport } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findForumProposal, findPlatformWithForum, hasSupported, insertSupport } from '../repository/index.ts';

/**
 * A participant supports someone else's proposal, once (the primary key decides).
 * Fails with not_found, sign_in, not_open, own_proposal or already_supported.
 * @example await supportProposal(deps, { proposalId })
 */
export const supportProposal = command({
  load: async (trx, input: { proposalId: string }, _at, actor) => {
    const proposal = await findForumProposal(trx, input.proposalId);
    const found = proposal && (await findPlatformWithForum(trx, proposal.platform_id));
    if (!proposal || !found) return null;
    return { proposal, forum: found.forum, supported: actor ? await hasSupported(trx, proposal.id, actor.id) : false };
  },
  policy: (actor, { forum, proposal, supported }) => canSupport(actor, forum, proposal, { supported }),
  run: async ({ trx, loaded: { proposal }, actor, at, audit }) => {
    if (!(await insertSupport(trx, proposal.id, actor!.id, at))) return fail('already_supported');
    // Private: the entry names the supporter.
    await audit({ action: 'forum.proposal.supported', entityType: 'forum_proposal', entityId: proposal.id });
    return ok(undefined);
  },
});
