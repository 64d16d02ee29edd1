import { ok } from '../../../platform/kit/index.ts';
import { APPLICATION } from '../domain.ts';
import { canManage } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { insertCorrection, projectOfApplication, setApplicationStatus } from '../repository/index.ts';
import { applicationWithCall } from './load.ts';

/** The only way to change a published decision: a recorded, public correction with its reason. */
export const correctDecision = command({
  load: (trx, input: { applicationId: string; to: 'awarded' | 'not_awarded'; reason: string }) =>
    applicationWithCall(trx, input.applicationId),
  policy: (actor, { body }) => canManage(actor, body),
  run: async ({ trx, loaded: { app, call }, actor, at, audit }, input) => {
    if (call.status !== 'decided' || (app.status !== 'awarded' && app.status !== 'not_awarded'))
      return fail('notDecided');
    if (app.status === input.to) return fail('noChange', 'to');
    if (input.reason.trim().length < 10) return fail('reasonRequired', 'reason');
    if (await projectOfApplication(trx, app.id)) return fail('contractSigned');
    const to = APPLICATION.next(app.status, input.to === 'awarded' ? 'correctToAwarded' : 'correctToNotAwarded');
    if (!to) return fail('badTransition');
    await insertCorrection(trx, {
      callId: call.id,
      applicationId: app.id,
      from: app.status,
      to,
      reason: input.reason,
      by: actor!.id,
      at,
    });
    await setApplicationStatus(trx, app, { status: to, at });
    await audit({
      action: 'funding.decision.corrected',
      entityType: 'funding_call',
      entityId: call.id,
      data: { applicationId: app.id, from: app.status, to, reason: input.reason },
      public: true,
    });
    return ok(undefined);
  },
});
