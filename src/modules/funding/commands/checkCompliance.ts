import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { APPLICATION_TRANSITIONS, next } from '../domain.ts';
import { canManage } from '../policy.ts';
import { findApplication, findCall } from '../repository.ts';
import { loadBody, record, tx } from './shared.ts';

/** The operator's or body's compliance check of a submitted application after the deadline: admit, or reject with the reason. */
export async function checkCompliance(
  deps: CommandDeps,
  input: { applicationId: string; decision: 'admit' | 'reject'; note: string },
  now = new Date(),
): Promise<Result<void>> {
  return tx(deps, async (trx) => {
    const app = await findApplication(trx, input.applicationId, { forUpdate: true });
    if (!app) return fail('not_found');
    const call = (await findCall(trx, app.call_id))!;
    const can = canManage(deps.actor, (await loadBody(trx, call.state_body_id))!);
    if (!can.ok) return fail(can.reason);
    if (call.status !== 'closed') return fail('callNotClosed');
    const to = next(APPLICATION_TRANSITIONS, app.status, input.decision);
    if (!to) return fail('badTransition');
    if (input.decision === 'reject' && input.note.trim().length < 5) return fail('reasonRequired', 'note');
    await trx
      .updateTable('funding_applications')
      .set({ status: to, compliance_note: input.note || null, updated_at: now, version: app.version + 1 })
      .where('id', '=', app.id)
      .execute();
    await record(trx, deps, `application.${to}`, 'funding_application', app.id, { note: input.note || null });
    return ok(undefined);
  });
}
