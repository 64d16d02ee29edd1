import { ok } from '../../../platform/kit/index.ts';
import { APPLICATION } from '../domain.ts';
import { canManage } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { setApplicationStatus } from '../repository/index.ts';
import { applicationWithCall } from './load.ts';

/** The operator's or body's compliance check of a submitted application after the deadline: admit, or reject with the reason. */
export const checkCompliance = command({
  load: (trx, input: { applicationId: string; decision: 'admit' | 'reject'; note: string }) =>
    applicationWithCall(trx, input.applicationId),
  policy: (actor, { body }) => canManage(actor, body),
  run: async ({ trx, loaded: { app, call }, at, audit }, input) => {
    if (call.status !== 'closed') return fail('callNotClosed');
    const to = APPLICATION.next(app.status, input.decision);
    if (!to) return fail('badTransition');
    if (input.decision === 'reject' && input.note.trim().length < 5) return fail('reasonRequired', 'note');
    await setApplicationStatus(trx, app, { status: to, at, complianceNote: input.note || null });
    await audit({
      action: `funding.application.${to}`,
      entityType: 'funding_application',
      entityId: app.id,
      data: { note: input.note || null },
      public: true,
    });
    return ok(undefined);
  },
});
