import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canRegisterForHearing } from '../policy.ts';
import { lockHearing } from '../repository.ts';

/**
 * A signed-in person registers to take part in person or online, until the hearing starts.
 * @example await registerForHearing(deps, { hearingId, mode: 'online' })
 */
export async function registerForHearing(
  deps: CommandDeps,
  input: { hearingId: string; mode: 'in_person' | 'online' },
  at = new Date(),
): Promise<Result<void>> {
  const actor = deps.actor;
  return deps.db.transaction().execute(async (trx) => {
    const h = await lockHearing(trx, input.hearingId);
    if (!h) return fail('not_found');
    const already =
      !!actor &&
      !!(await trx
        .selectFrom('hearing_registrations')
        .select('user_id')
        .where('hearing_id', '=', h.id)
        .where('user_id', '=', actor.id)
        .executeTakeFirst());
    const d = canRegisterForHearing(actor, h, { already, now: at });
    if (!d.ok) return fail(d.reason);
    await trx
      .insertInto('hearing_registrations')
      .values({ hearing_id: h.id, user_id: actor!.id, full_name: actor!.name, mode: input.mode, created_at: at })
      .execute();
    await audit(trx, {
      actor,
      action: 'councils.hearing.registered',
      entityType: 'hearing',
      entityId: h.id,
      data: { mode: input.mode },
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
