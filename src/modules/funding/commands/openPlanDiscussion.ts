import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { next, PLAN_TRANSITIONS } from '../domain.ts';
import { canManage } from '../policy.ts';
import { findPlan } from '../repository.ts';
import { loadBody, record, tx } from './shared.ts';

/** Puts a draft plan (with at least one topic) to public comment until `endsAt`. */
export async function openPlanDiscussion(
  deps: CommandDeps,
  input: { planId: string; endsAt: Date },
  now = new Date(),
): Promise<Result<void>> {
  return tx(deps, async (trx) => {
    const plan = await findPlan(trx, input.planId, { forUpdate: true });
    if (!plan) return fail('not_found');
    const can = canManage(deps.actor, (await loadBody(trx, plan.state_body_id))!);
    if (!can.ok) return fail(can.reason);
    const to = next(PLAN_TRANSITIONS, plan.status, 'openDiscussion');
    if (!to) return fail('badTransition');
    const topics = await trx
      .selectFrom('funding_topics')
      .select('id')
      .where('plan_id', '=', plan.id)
      .limit(1)
      .execute();
    if (!topics.length) return fail('noTopics');
    if (input.endsAt <= now) return fail('endsInPast', 'endsOn');
    await trx
      .updateTable('funding_plans')
      .set({
        status: to,
        discussion_starts_at: now,
        discussion_ends_at: input.endsAt,
        updated_at: now,
        version: plan.version + 1,
      })
      .where('id', '=', plan.id)
      .execute();
    await record(trx, deps, 'plan.discussionOpened', 'funding_plan', plan.id, { endsAt: input.endsAt.toISOString() });
    return ok(undefined);
  });
}
