import { ok } from '../../../platform/kit/result.ts';
import { canRegisterForHearing } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { insertRegistration, isRegistered, lockHearing } from '../repository/index.ts';

/**
 * A signed-in person registers to take part in person or online, until the hearing starts.
 * @example await registerForHearing(deps, { hearingId, mode: 'online' })
 */
export const registerForHearing = command({
  load: (trx, input: { hearingId: string; mode: 'in_person' | 'online' }) => lockHearing(trx, input.hearingId),
  run: async ({ trx, loaded: h, actor, at, audit }, input) => {
    // Whether this actor is registered already is read in the transaction: `load` is not given
    // the actor, so the policy step is taken here.
    const already = !!actor && (await isRegistered(trx, h.id, actor.id));
    const d = canRegisterForHearing(actor, h, { already, now: at });
    if (!d.ok) return fail(d.reason);
    await insertRegistration(trx, {
      hearing_id: h.id,
      user_id: actor!.id,
      full_name: actor!.name,
      mode: input.mode,
      created_at: at,
    });
    await audit({
      action: 'councils.hearing.registered',
      entityType: 'hearing',
      entityId: h.id,
      data: { mode: input.mode },
    });
    return ok(undefined);
  },
});
