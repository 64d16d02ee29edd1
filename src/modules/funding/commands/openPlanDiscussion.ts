import { ok } from '../../../platform/kit/index.ts';
import { PLAN } from '../domain.ts';
import { canManage } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { planHasTopics, setPlanStatus } from '../repository/index.ts';
import { planWithBody } from './load.ts';

/** Puts a draft plan (with at least one topic) to public comment until `endsAt`. */
export const openPlanDiscussion = command({
  load: (trx, input: { planId: string; endsAt: Date }) => planWithBody(trx, input.planId),
  policy: (actor, { body }) => canManage(actor, body),
  run: async ({ trx, loaded: { plan }, at, audit }, input) => {
    const to = PLAN.next(plan.status, 'openDiscussion');
    if (!to) return fail('badTransition');
    if (!(await planHasTopics(trx, plan.id))) return fail('noTopics');
    if (input.endsAt <= at) return fail('endsInPast', 'endsOn');
    await setPlanStatus(trx, plan, { status: to, at, discussion: { startsAt: at, endsAt: input.endsAt } });
    await audit({
      action: 'funding.plan.discussionOpened',
      entityType: 'funding_plan',
      entityId: plan.id,
      data: { endsAt: input.endsAt.toISOString() },
      public: true,
    });
    return ok(undefined);
  },
});
