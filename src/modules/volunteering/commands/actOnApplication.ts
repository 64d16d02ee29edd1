import { randomBytes } from 'node:crypto';
import { ok } from '../../../platform/kit/index.ts';
import { almatyDate } from '../../../reference/index.ts';
import { APPLICATION, type ApplicationStatus } from '../domain.ts';
import { canActOnApplication } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import {
  findApplication,
  findOpportunity,
  issueCertificate,
  moveApplication,
  revokeCertificate,
} from '../repository/index.ts';

export type ApplicationInput =
  | { applicationId: string; action: 'accept' | 'decline' | 'withdraw' }
  | { applicationId: string; action: 'confirm'; hoursTenths: number }
  | { applicationId: string; action: 'revoke'; reason: string };

/** A certificate code: 16 hex digits, printed on the PDF and in its verify URL. */
export const newCertificateCode = () => randomBytes(8).toString('hex');

/**
 * Moves a sign-up along its lifecycle. The organiser accepts or declines, confirms the hours after
 * the activity (which issues the certificate) or revokes a confirmation (the certificate then reads
 * as revoked); the volunteer withdraws. "After the activity" is judged on the Almaty date of `at`.
 * @example await actOnApplication(deps, { applicationId, action: 'confirm', hoursTenths: 80 }) // ok: the status it moved to (completed) and the certificate's code
 */
export const actOnApplication = command({
  load: async (trx, input: ApplicationInput) => {
    const app = await findApplication(trx, input.applicationId, { forUpdate: true });
    const opp = app && (await findOpportunity(trx, app.opportunity_id));
    return app && opp ? { app, opp } : null;
  },
  policy: (actor, { app, opp }, input, at) =>
    canActOnApplication(actor, opp, app, input.action, { today: almatyDate(at) }),
  run: async ({ trx, loaded: { app, opp }, actor, at, audit }, input) => {
    const to: ApplicationStatus | null = APPLICATION.next(app.status, input.action);
    if (!to) return fail('wrong_state');
    const by = actor!.id;
    const moved = await moveApplication(trx, {
      id: app.id,
      from: app.status,
      to,
      decided: input.action === 'accept' || input.action === 'decline' ? { at, by } : undefined,
      confirmed: input.action === 'confirm' ? { at, by, hoursTenths: input.hoursTenths } : undefined,
    });
    if (!moved) return fail('stale');
    let certificate: string | undefined;
    if (input.action === 'confirm') {
      certificate = newCertificateCode();
      await issueCertificate(trx, { code: certificate, applicationId: app.id, at });
    }
    if (input.action === 'revoke') await revokeCertificate(trx, { applicationId: app.id, at, reason: input.reason });
    await audit({
      action: `volunteering.application.${input.action}`,
      entityType: 'volunteer_application',
      entityId: app.id,
      data: {
        opportunityId: opp.id,
        from: app.status,
        to,
        ...(input.action === 'confirm' ? { hoursTenths: input.hoursTenths, certificate } : {}),
      },
    });
    return ok({ status: to, certificate });
  },
});
