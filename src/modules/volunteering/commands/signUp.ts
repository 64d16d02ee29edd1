import { ok } from '../../../platform/kit/index.ts';
import { almatyDate } from '../../../reference/index.ts';
import { APPLICATION_INITIAL } from '../domain.ts';
import { canSignUp } from '../policy.ts';
import { command, fail, refuse } from '../reasons.ts';
import { applicationOf, findOpportunity, findProfile, placesTaken, insertApplication } from '../repository/index.ts';

/**
 * A volunteer signs up for an opportunity; the organiser then accepts or declines. Places are
 * counted under a lock on the opportunity, so two last-minute sign-ups cannot both take the last place.
 * @example await signUp(deps, { opportunityId, motivation: '' }) // ok({ id })
 */
export const signUp = command({
  load: (trx, input: { opportunityId: string; motivation: string }) =>
    findOpportunity(trx, input.opportunityId, { forUpdate: true }),
  run: async ({ trx, loaded: opp, actor, at, audit }, input) => {
    if (!actor) return fail('sign_in');
    // The policy needs the volunteer's own facts, read under the lock: so it is judged here, not
    // in `policy` (which sees neither the transaction nor, in `load`, the actor).
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
      today: almatyDate(at),
    });
    if (!can.ok) return refuse(can);
    const id = await insertApplication(trx, {
      opportunityId: opp.id,
      userId: actor.id,
      status: APPLICATION_INITIAL,
      motivation: input.motivation || null,
    });
    if (!id) return fail('already_applied');
    await audit({
      action: 'volunteering.application.submitted',
      entityType: 'volunteer_application',
      entityId: id,
      data: { opportunityId: opp.id },
    });
    return ok({ id });
  },
});
