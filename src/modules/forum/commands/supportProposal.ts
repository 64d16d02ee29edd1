import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canSupport } from '../policy.ts';
import { findForum, findForumProposal, findPlatform, hasSupported, insertSupport } from '../repository.ts';

/**
 * A participant supports someone else's proposal, once (the primary key decides).
 * Fails with not_found, sign_in, not_open, own_proposal or already_supported.
 * @example await supportProposal(deps, { proposalId })
 */
export async function supportProposal(
  deps: CommandDeps,
  input: { proposalId: string },
  at = new Date(),
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const proposal = await findForumProposal(trx, input.proposalId);
    const platform = proposal ? await findPlatform(trx, proposal.platform_id) : undefined;
    const forum = platform ? await findForum(trx, platform.forum_id) : undefined;
    if (!proposal || !forum) return fail('not_found');
    const can = canSupport(deps.actor, forum, proposal, {
      supported: deps.actor ? await hasSupported(trx, proposal.id, deps.actor.id) : false,
    });
    if (!can.ok) return fail(can.reason);
    if (!(await insertSupport(trx, proposal.id, deps.actor!.id, at))) return fail('already_supported');
    await audit(trx, {
      actor: deps.actor,
      action: 'forum.proposal.supported',
      entityType: 'forum_proposal',
      entityId: proposal.id,
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
