import { randomBytes } from 'node:crypto';
import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { applicationTransition, type ApplicationAction, type ApplicationStatus } from '../domain.ts';
import { canActOnApplication } from '../policy.ts';
import { findApplication, findOpportunity } from '../repository.ts';

export type ApplicationInput =
  | { applicationId: string; action: 'accept' | 'decline' | 'withdraw' }
  | { applicationId: string; action: 'confirm'; hoursTenths: number }
  | { applicationId: string; action: 'revoke'; reason: string };

/** A certificate code: 16 hex digits, printed on the PDF and in its verify URL. */
export const newCertificateCode = () => randomBytes(8).toString('hex');

/**
 * Moves a sign-up along its lifecycle. The organiser accepts or declines, confirms the hours after
 * the activity (which issues the certificate) or revokes a confirmation (the certificate then reads
 * as revoked); the volunteer withdraws.
 * @example await actOnApplication(deps, { applicationId, action: 'confirm', hoursTenths: 80 }, today) // ok({ status: 'completed', certificate })
 */
export async function actOnApplication(
  deps: CommandDeps,
  input: ApplicationInput,
  today: string,
): Promise<Result<{ status: ApplicationStatus; certificate?: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const app = await findApplication(trx, input.applicationId, { forUpdate: true });
    if (!app) return fail('not_found');
    const opp = await findOpportunity(trx, app.opportunity_id);
    if (!opp) return fail('not_found');
    const can = canActOnApplication(deps.actor, opp, app, input.action as ApplicationAction, { today });
    if (!can.ok) return fail(can.reason);
    const to = applicationTransition(app.status, input.action)!;
    const now = new Date();
    const set: Record<string, unknown> = { status: to };
    if (input.action === 'accept' || input.action === 'decline')
      Object.assign(set, { decided_at: now, decided_by: deps.actor!.id });
    if (input.action === 'confirm')
      Object.assign(set, { hours_tenths: input.hoursTenths, confirmed_at: now, confirmed_by: deps.actor!.id });
    const r = await trx
      .updateTable('volunteer_applications')
      .set(set)
      .where('id', '=', app.id)
      .where('status', '=', app.status)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return fail('stale');
    let certificate: string | undefined;
    if (input.action === 'confirm') {
      certificate = newCertificateCode();
      await trx
        .insertInto('volunteer_certificates')
        .values({ code: certificate, application_id: app.id, issued_at: now })
        .execute();
    }
    if (input.action === 'revoke') {
      await trx
        .updateTable('volunteer_certificates')
        .set({ revoked_at: now, revoke_reason: input.reason })
        .where('application_id', '=', app.id)
        .execute();
    }
    await audit(trx, {
      actor: deps.actor,
      action: `volunteering.application.${input.action}`,
      entityType: 'volunteer_application',
      entityId: app.id,
      data: {
        opportunityId: opp.id,
        from: app.status,
        to,
        ...(input.action === 'confirm' ? { hoursTenths: input.hoursTenths, certificate } : {}),
      },
      requestId: deps.requestId,
    });
    return ok({ status: to, certificate });
  });
}
