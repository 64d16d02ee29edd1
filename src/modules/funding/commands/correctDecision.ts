import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canManage } from '../policy.ts';
import { findApplication, findCall } from '../repository.ts';
import { loadBody, record, tx } from './shared.ts';

/** The only way to change a published decision: a recorded, public correction with its reason. */
export async function correctDecision(
  deps: CommandDeps,
  input: { applicationId: string; to: 'awarded' | 'not_awarded'; reason: string },
  now = new Date(),
): Promise<Result<void>> {
  return tx(deps, async (trx) => {
    const app = await findApplication(trx, input.applicationId, { forUpdate: true });
    if (!app) return fail('not_found');
    const call = (await findCall(trx, app.call_id))!;
    const can = canManage(deps.actor, (await loadBody(trx, call.state_body_id))!);
    if (!can.ok) return fail(can.reason);
    if (call.status !== 'decided' || (app.status !== 'awarded' && app.status !== 'not_awarded'))
      return fail('notDecided');
    if (app.status === input.to) return fail('noChange', 'to');
    if (input.reason.trim().length < 10) return fail('reasonRequired', 'reason');
    const project = await trx
      .selectFrom('funding_projects')
      .select('id')
      .where('application_id', '=', app.id)
      .executeTakeFirst();
    if (project) return fail('contractSigned');
    await trx
      .insertInto('funding_decision_corrections')
      .values({
        call_id: call.id,
        application_id: app.id,
        from_status: app.status,
        to_status: input.to,
        reason: input.reason,
        corrected_by: deps.actor!.id,
        corrected_at: now,
      })
      .execute();
    await trx
      .updateTable('funding_applications')
      .set({ status: input.to, updated_at: now, version: app.version + 1 })
      .where('id', '=', app.id)
      .execute();
    await record(trx, deps, 'decision.corrected', 'funding_call', call.id, {
      applicationId: app.id,
      from: app.status,
      to: input.to,
      reason: input.reason,
    });
    return ok(undefined);
  });
}
