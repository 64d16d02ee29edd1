import { ok } from '../../../platform/kit/index.ts';
import { canEditOpportunity } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findOpportunity, placesTaken, updateOpportunity } from '../repository/index.ts';
import type { OpportunityInput } from '../schemas.ts';

/**
 * The organiser corrects an open or closed opportunity (the organiser itself does not change).
 * `version` is the one the form was filled from: when another organiser saved in between, this
 * fails with 'stale' and nothing is overwritten. Places cannot drop below the sign-ups that hold one.
 * @example await editOpportunity(deps, { id, version: 2, input }) // ok({ version: 3 })
 */
export const editOpportunity = command({
  load: (trx, args: { id: string; version: number; input: OpportunityInput }) =>
    findOpportunity(trx, args.id, { forUpdate: true }),
  policy: (actor, opp) => canEditOpportunity(actor, opp),
  version: { current: (opp) => opp.version, expected: (args) => args.version },
  run: async ({ trx, loaded: opp, at, audit }, args) => {
    const taken = (await placesTaken(trx, [opp.id])).get(opp.id) ?? 0;
    if (args.input.places < taken) return fail('places_below_taken', 'places');
    const version = await updateOpportunity(trx, { id: opp.id, version: args.version, input: args.input, at });
    if (version === undefined) return fail('stale');
    await audit({
      action: 'volunteering.opportunity.edited',
      entityType: 'volunteer_opportunity',
      entityId: opp.id,
      public: true,
      data: { version },
    });
    return ok({ version });
  },
});
