import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { almatyClock, APPLICATION_TRANSITIONS, applicationWindow, next } from '../domain.ts';
import { canActForOrg } from '../policy.ts';
import { findApplication, findCall } from '../repository.ts';
import { record, tx } from './shared.ts';

/** Withdraws a draft or a submitted application, only before the deadline. */
export async function withdrawApplication(
  deps: CommandDeps,
  input: { id: string },
  now = new Date(),
): Promise<Result<void>> {
  return tx(deps, async (trx) => {
    const app = await findApplication(trx, input.id, { forUpdate: true });
    if (!app) return fail('not_found');
    const can = canActForOrg(deps.actor, app.bin);
    if (!can.ok) return fail(can.reason);
    const to = next(APPLICATION_TRANSITIONS, app.status, 'withdraw');
    if (!to) return fail('badTransition');
    const call = (await findCall(trx, app.call_id))!;
    if (applicationWindow({ opensAt: new Date(call.opens_at), closesAt: new Date(call.closes_at) }, now) === 'closed')
      return fail('deadlinePassed');
    await trx
      .updateTable('funding_applications')
      .set({ status: to, withdrawn_at: now, updated_at: now, version: app.version + 1 })
      .where('id', '=', app.id)
      .execute();
    await record(
      trx,
      deps,
      'application.withdrawn',
      'funding_application',
      app.id,
      { at: almatyClock(now) },
      app.status !== 'draft',
    );
    return ok(undefined);
  });
}
