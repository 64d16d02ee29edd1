import { ok } from '../../../platform/kit/index.ts';
import { CALL, type CallEvent } from '../domain.ts';
import { canManage } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { callHasLots, hasUncheckedApplications, panelDrawn, setCallStatus } from '../repository/index.ts';
import { callWithBody } from './load.ts';

/**
 * Publish, close, start review or cancel a call, by its state machine. Publishing needs a lot and
 * a closing instant in the future; closing only once the application period has ended; review
 * starts when the panel is drawn and every submitted application has had its compliance check.
 */
export const changeCallStatus = command({
  load: (trx, input: { callId: string; event: Exclude<CallEvent, 'decide'> }) => callWithBody(trx, input.callId),
  policy: (actor, { body }) => canManage(actor, body),
  run: async ({ trx, loaded: { call }, at, audit }, input) => {
    const to = CALL.next(call.status, input.event);
    if (!to) return fail('badTransition');
    if (input.event === 'publish') {
      if (!(await callHasLots(trx, call.id))) return fail('noLots');
      if (new Date(call.closes_at) <= at) return fail('closesInPast');
    }
    if (input.event === 'close' && at < new Date(call.closes_at)) return fail('periodNotOver');
    if (input.event === 'startReview') {
      if (!(await panelDrawn(trx, call.id))) return fail('panelNotDrawn');
      if (await hasUncheckedApplications(trx, call.id)) return fail('compliancePending');
    }
    await setCallStatus(trx, call, { status: to, at, announced: input.event === 'publish' });
    await audit({
      action: `funding.call.${input.event}`,
      entityType: 'funding_call',
      entityId: call.id,
      data: { from: call.status, to },
      public: true,
    });
    return ok({ status: to });
  },
});
