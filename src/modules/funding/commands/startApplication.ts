import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { applicationWindow } from '../domain.ts';
import { canActForOrg } from '../policy.ts';
import { findCall, findLot } from '../repository.ts';
import { record, tx } from './shared.ts';

/** Opens the organisation's draft for a lot (the existing one if there is one) while the call accepts applications. */
export async function startApplication(
  deps: CommandDeps,
  input: { lotId: string; bin: string; language: 'kk' | 'ru' },
  now = new Date(),
): Promise<Result<{ id: string; existing: boolean }>> {
  return tx(deps, async (trx) => {
    const lot = await findLot(trx, input.lotId);
    if (!lot) return fail('not_found');
    const can = canActForOrg(deps.actor, input.bin);
    if (!can.ok) return fail(can.reason);
    const call = (await findCall(trx, lot.call_id))!;
    if (
      call.status !== 'published' ||
      applicationWindow({ opensAt: new Date(call.opens_at), closesAt: new Date(call.closes_at) }, now) === 'closed'
    )
      return fail('deadlinePassed');
    const existing = await trx
      .selectFrom('funding_applications')
      .select(['id'])
      .where('lot_id', '=', lot.id)
      .where('bin', '=', input.bin)
      .where('status', '<>', 'withdrawn')
      .executeTakeFirst();
    if (existing) return ok({ id: existing.id, existing: true });
    const row = await trx
      .insertInto('funding_applications')
      .values({
        lot_id: lot.id,
        call_id: call.id,
        bin: input.bin,
        language: input.language,
        title: lot.title,
        created_by: deps.actor!.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await record(
      trx,
      deps,
      'application.started',
      'funding_application',
      row.id,
      { bin: input.bin, lotId: lot.id },
      false,
    );
    return ok({ id: row.id, existing: false });
  });
}
