import { ok } from '../../../platform/kit/index.ts';
import { almatyClock, APPLICATION, applicationWindow } from '../domain.ts';
import { canActForOrg } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { setApplicationStatus } from '../repository/index.ts';
import { applicationWithCall } from './load.ts';

/** Withdraws a draft or a submitted application, only before the deadline. */
export const withdrawApplication = command({
  load: (trx, input: { id: string }) => applicationWithCall(trx, input.id),
  policy: (actor, { app }) => canActForOrg(actor, app.bin),
  run: async ({ trx, loaded: { app, call }, at, audit }) => {
    const to = APPLICATION.next(app.status, 'withdraw');
    if (!to) return fail('badTransition');
    if (applicationWindow({ opensAt: new Date(call.opens_at), closesAt: new Date(call.closes_at) }, at) === 'closed')
      return fail('deadlinePassed');
    await setApplicationStatus(trx, app, { status: to, at, withdrawn: true });
    // Public once it was submitted (a submission is a public act); a draft's withdrawal stays private.
    await audit({
      action: 'funding.application.withdrawn',
      entityType: 'funding_application',
      entityId: app.id,
      data: { at: almatyClock(at) },
      public: app.status !== 'draft',
    });
    return ok(undefined);
  },
});
