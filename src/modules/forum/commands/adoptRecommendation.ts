import { ok } from '../../../platform/kit/index.ts';
import { canAdopt } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import {
  findForumProposal,
  findPlatformWithForum,
  insertRecommendation,
  nextRecommendationNumber,
} from '../repository/index.ts';

/**
 * A platform adopts a recommendation (by its moderators, the forum's organiser), optionally
 * from a participant's proposal of the same platform; it gets the forum's next number.
 * Fails with not_found, not_organiser, not_deliberating or bad_proposal (field proposalId).
 * @example await adoptRecommendation(deps, { platformId, textKk, textRu, textEn: null, proposalId: null })
 */
export const adoptRecommendation = command({
  // The forum row is locked so that two moderators adopting at once get different numbers.
  load: (
    trx,
    input: { platformId: string; textKk: string; textRu: string; textEn: string | null; proposalId: string | null },
  ) => findPlatformWithForum(trx, input.platformId, { forUpdate: true }),
  policy: (actor, { forum }) => canAdopt(actor, forum),
  run: async ({ trx, loaded: { platform, forum }, actor, at, audit }, input) => {
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
      by: actor!.id,
      at,
    });
    await audit({
      action: 'forum.recommendation.adopted',
      entityType: 'forum',
      entityId: forum.id,
      data: { number, platform: platform.topic },
      public: true,
    });
    return ok({ id: row.id, number });
  },
});
