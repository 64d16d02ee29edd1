import { ok } from '../../../platform/kit/index.ts';
import { PLAN, planCanApprove } from '../domain.ts';
import { canManage } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { setPlanStatus, unansweredComments } from '../repository/index.ts';
import { planWithBody } from './load.ts';

/** Approves a plan after its discussion ended and every comment has a published answer. */
export const approvePlan = command({
  load: (trx, input: { planId: string }) => planWithBody(trx, input.planId),
  policy: (actor, { body }) => canManage(actor, body),
  run: async ({ trx, loaded: { plan }, at, audit }) => {
    const verdict = planCanApprove(
      { status: plan.status, discussionEndsAt: plan.discussion_ends_at ? new Date(plan.discussion_ends_at) : null },
      await unansweredComments(trx, plan.id),
      at,
    );
    if (verdict !== 'ok') return fail(verdict);
    const to = PLAN.next(plan.status, 'approve');
    if (!to) return fail('badTransition');
    await setPlanStatus(trx, plan, { status: to, at, approved: true });
    await audit({
      action: 'funding.plan.approved',
      entityType: 'funding_plan',
      entityId: plan.id,
      data: {},
      public: true,
    });
    return ok(undefined);
  },
});
