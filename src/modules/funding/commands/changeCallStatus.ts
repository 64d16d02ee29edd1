import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { CALL_TRANSITIONS, next, type CallEvent, type CallStatus } from '../domain.ts';
import { canManage } from '../policy.ts';
import { findCall } from '../repository.ts';
import { loadBody, record, tx } from './shared.ts';

/**
 * Publish, close, start review or cancel a call, by its state machine. Publishing needs a lot and
 * a closing instant in the future; closing only once the application period has ended; review
 * starts when the panel is drawn and every submitted application has had its compliance check.
 */
export async function changeCallStatus(
  deps: CommandDeps,
  input: { callId: string; event: Exclude<CallEvent, 'decide'> },
  now = new Date(),
): Promise<Result<{ status: CallStatus }>> {
  return tx(deps, async (trx) => {
    const call = await findCall(trx, input.callId, { forUpdate: true });
    if (!call) return fail('not_found');
    const can = canManage(deps.actor, (await loadBody(trx, call.state_body_id))!);
    if (!can.ok) return fail(can.reason);
    const to = next(CALL_TRANSITIONS, call.status, input.event);
    if (!to) return fail('badTransition');
    if (input.event === 'publish') {
      const lots = await trx.selectFrom('funding_lots').select('id').where('call_id', '=', call.id).limit(1).execute();
      if (!lots.length) return fail('noLots');
      if (new Date(call.closes_at) <= now) return fail('closesInPast');
    }
    if (input.event === 'close' && now < new Date(call.closes_at)) return fail('periodNotOver');
    if (input.event === 'startReview') {
      const panel = await trx
        .selectFrom('funding_panels')
        .select('call_id')
        .where('call_id', '=', call.id)
        .executeTakeFirst();
      if (!panel) return fail('panelNotDrawn');
      const pending = await trx
        .selectFrom('funding_applications')
        .select('id')
        .where('call_id', '=', call.id)
        .where('status', '=', 'submitted')
        .limit(1)
        .execute();
      if (pending.length) return fail('compliancePending');
    }
    await trx
      .updateTable('funding_calls')
      .set({
        status: to,
        updated_at: now,
        version: call.version + 1,
        ...(input.event === 'publish' ? { announced_at: now } : {}),
      })
      .where('id', '=', call.id)
      .execute();
    await record(trx, deps, `call.${input.event}`, 'funding_call', call.id, { from: call.status, to });
    return ok({ status: to });
  });
}
