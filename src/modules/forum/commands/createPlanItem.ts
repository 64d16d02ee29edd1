import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canPlan } from '../policy.ts';
import {
  findForum,
  insertItem,
  insertSources,
  nextItemNumber,
  recommendationsByNumbers,
  stateBodyById,
} from '../repository.ts';
import type { ItemForm } from '../schemas.ts';

/**
 * The organiser adds an item to a concluded forum's action plan: what will be done, by which
 * body, by when, and the recommendations (by number) it comes from — at least one.
 * Fails with not_found (field forumId), not_organiser, not_concluded, unknown_body (field
 * bodyId) or unknown_recommendations (field recommendations).
 * @example await createPlanItem(deps, { forumId, titleKk, titleRu, titleEn: null, topic: 'youth', region: null, bodyId, deadline: '2025-06-30', recommendations: [3, 7] })
 */
export async function createPlanItem(
  deps: CommandDeps,
  input: ItemForm,
  at = new Date(),
): Promise<Result<{ id: string; number: number }>> {
  return deps.db.transaction().execute(async (trx) => {
    const forum = await findForum(trx, input.forumId, { forUpdate: true });
    if (!forum) return fail('not_found', 'forumId');
    const can = canPlan(deps.actor, forum);
    if (!can.ok) return fail(can.reason, 'forumId');
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
      by: deps.actor!.id,
      at,
    });
    await insertSources(
      trx,
      row.id,
      recs.map((r) => r.id),
    );
    await audit(trx, {
      actor: deps.actor,
      action: 'forum.item.created',
      entityType: 'action_plan_item',
      entityId: row.id,
      data: { number, deadline: input.deadline, body: body.code },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ id: row.id, number });
  });
}
