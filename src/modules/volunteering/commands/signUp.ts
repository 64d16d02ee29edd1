import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canSignUp } from '../policy.ts';
import { applicationOf, findOpportunity, findProfile, placesTaken } from '../repository.ts';

/**
 * A volunteer signs up for an opportunity; the organiser then accepts or declines. Places are
 * counted under a lock on the opportunity, so two last-minute sign-ups cannot both take the last place.
 * @example await signUp(deps, { opportunityId, motivation: '' }, '2026-05-01') // ok({ id })
 */
export async function signUp(
  deps: CommandDeps,
  input: { opportunityId: string; motivation: string },
  today: string,
): Promise<Result<{ id: string }>> {
  if (!deps.actor) return fail('sign_in');
  const actor = deps.actor;
  return deps.db.transaction().execute(async (trx) => {
    const opp = await findOpportunity(trx, input.opportunityId, { forUpdate: true });
    if (!opp) return fail('not_found');
    const [profile, existing, taken] = await Promise.all([
      findProfile(trx, actor.id),
      applicationOf(trx, opp.id, actor.id),
      placesTaken(trx, [opp.id]),
    ]);
    const can = canSignUp(actor, opp, {
      hasProfile: !!profile,
      birthYear: profile?.birth_year ?? null,
      alreadyApplied: !!existing,
      placesLeft: opp.places - (taken.get(opp.id) ?? 0),
      today,
    });
    if (!can.ok) return fail(can.reason);
    const row = await trx
      .insertInto('volunteer_applications')
      .values({ opportunity_id: opp.id, user_id: actor.id, motivation: input.motivation || null })
      .onConflict((oc) => oc.columns(['opportunity_id', 'user_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) return fail('already_applied');
    await audit(trx, {
      actor,
      action: 'volunteering.application.submitted',
      entityType: 'volunteer_application',
      entityId: row.id,
      data: { opportunityId: opp.id },
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
