import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canAdopt } from '../policy.ts';
import {
  findForum,
  findForumProposal,
  findPlatform,
  insertRecommendation,
  nextRecommendationNumber,
} from '../repository.ts';

/**
 * A platform adopts a recommendation (by its moderators, the forum's organiser), optionally
 * from a participant's proposal of the same platform; it gets the forum's next number.
 * Fails with not_found, not_organiser, not_deliberating or bad_proposal (field proposalId).
 * @example await adoptRecommendation(deps, { platformId, textKk, textRu, textEn: null, proposalId: null })
 */
export async function adoptRecommendation(
  deps: CommandDeps,
  input: { platformId: string; textKk: string; textRu: string; textEn: string | null; proposalId: string | null },
  at = new Date(),
): Promise<Result<{ id: string; number: number }>> {
  return deps.db.transaction().execute(async (trx) => {
    const platform = await findPlatform(trx, input.platformId);
    // The forum row is locked so that two moderators adopting at once get different numbers.
    const forum = platform ? await findForum(trx, platform.forum_id, { forUpdate: true }) : undefined;
    if (!platform || !forum) return fail('not_found');
    const can = canAdopt(deps.actor, forum);
    if (!can.ok) return fail(can.reason);
    if (input.proposalId) {
      const p = await findForumProposal(trx, input.proposalId);
      if (!p || p.platform_id !== platform.id) return fail('bad_proposal', 'proposalId');
    }
    const number = await nextRecommendationNumber(trx, forum.id);
    const row = await insertRecommendation(trx, {
      forumId: forum.id,
      platformId: platform.id,
      number,
      textKk: input.textKk,
      textRu: input.textRu,
      textEn: input.textEn,
      proposalId: input.proposalId,
      by: deps.actor!.id,
      at,
    });
    await audit(trx, {
      actor: deps.actor,
      action: 'forum.recommendation.adopted',
      entityType: 'forum',
      entityId: forum.id,
      data: { number, platform: platform.topic },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ id: row.id, number });
  });
}
