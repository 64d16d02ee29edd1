import { ok } from '../../../platform/kit/index.ts';
import { canPlan } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import {
  findForum,
  insertItem,
  insertSources,
  nextItemNumber,
  recommendationsByNumbers,
  stateBodyById,
} from '../repository/index.ts';
import type { ItemForm } from '../schemas.ts';

/**
 * The organiser adds an item to a concluded forum's action plan: what will be done, by which
 * body, by when, and the recommendations (by number) it comes from — at least one.
 * Fails with not_found (field forumId), not_organiser, not_concluded, unknown_body (field
 * bodyId) or unknown_recommendations (field recommendations).
 * @example await createPlanItem(deps, { forumId, titleKk, titleRu, titleEn: null, topic: 'youth', region: null, bodyId, deadline: '2025-06-30', recommendations: [3, 7] })
 */
export const createPlanItem = command({
  // The forum is chosen on the form: a missing one is said next to that field (the policy's
  // not_found, with the field), not the load's.
  load: async (trx, input: ItemForm) => ({ forum: (await findForum(trx, input.forumId, { forUpdate: true })) ?? null }),
  policy: (actor, { forum }) => {
    if (!forum) return { ok: false, reason: 'not_found', field: 'forumId' };
    const can = canPlan(actor, forum);
    return can.ok ? can : { ...can, field: 'forumId' };
  },
  run: async ({ trx, loaded, actor, at, audit }, input) => {
    const forum = loaded.forum!;
    const body = await stateBodyById(trx, input.bodyId);
    if (!body) return fail('unknown_body', 'bodyId');
    const recs = await recommendationsByNumbers(trx, forum.id, input.recommendations);
    if (recs.length !== input.recommendations.length) return fail('unknown_recommendations', 'recommendations');
    const number = await nextItemNumber(trx, forum.id);
    const row = await insertItem(trx, {
      forumId: forum.id,
      number,
      titleKk: input.titleKk,
      titleRu: input.titleRu,
      titleEn: input.titleEn,
      topic: input.topic,
      region: input.region,
      bodyId: body.id,
      deadline: input.deadline,
      by: actor!.id,
      at,
    });
    await insertSources(
      trx,
      row.id,
      recs.map((r) => r.id),
    );
    await audit({
      action: 'forum.item.created',
      entityType: 'action_plan_item',
      entityId: row.id,
      data: { number, deadline: input.deadline, body: body.code },
      public: true,
    });
    return ok({ id: row.id, number });
  },
});
