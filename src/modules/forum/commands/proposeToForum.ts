import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canPropose } from '../policy.ts';
import { findForum, findPlatform, insertForumProposal } from '../repository.ts';

/**
 * A participant's proposal to a dialogue platform while the forum is open.
 * Fails with not_found, sign_in or not_open.
 * @example await proposeToForum(deps, { platformId, title: 'ҮЕҰ-ға гранттар', body: '...' })
 */
export async function proposeToForum(
  deps: CommandDeps,
  input: { platformId: string; title: string; body: string },
  at = new Date(),
): Promise<Result<{ id: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const platform = await findPlatform(trx, input.platformId);
    const forum = platform ? await findForum(trx, platform.forum_id) : undefined;
    if (!platform || !forum) return fail('not_found');
    const can = canPropose(deps.actor, forum);
    if (!can.ok) return fail(can.reason);
    const row = await insertForumProposal(trx, {
      platformId: platform.id,
      authorId: deps.actor!.id,
      title: input.title,
      body: input.body,
      at,
    });
    await audit(trx, {
      actor: deps.actor,
      action: 'forum.proposal.submitted',
      entityType: 'forum_proposal',
      entityId: row.id,
      data: { platform: platform.id },
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
