import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { actsFor } from '../policy.ts';
import { findOpportunity, placesTaken } from '../repository.ts';
import type { OpportunityInput } from '../schemas.ts';

/**
 * The organiser corrects an open or closed opportunity (the organiser itself does not change).
 * `version` is the one the form was filled from: when another organiser saved in between, this
 * fails with 'stale' and nothing is overwritten. Places cannot drop below the sign-ups that hold one.
 * @example await editOpportunity(deps, { id, version: 2, input }) // ok({ version: 3 })
 */
export async function editOpportunity(
  deps: CommandDeps,
  args: { id: string; version: number; input: OpportunityInput },
): Promise<Result<{ version: number }>> {
  return deps.db.transaction().execute(async (trx) => {
    const opp = await findOpportunity(trx, args.id, { forUpdate: true });
    if (!opp) return fail('not_found');
    if (!deps.actor) return fail('sign_in');
    if (!actsFor(deps.actor, { type: opp.organizer_type, id: opp.organizer_id })) return fail('not_organizer');
    if (opp.status !== 'open' && opp.status !== 'closed') return fail('wrong_state');
    const taken = (await placesTaken(trx, [opp.id])).get(opp.id) ?? 0;
    if (args.input.places < taken) return fail('places_below_taken', 'places');
    const i = args.input;
    const r = await trx
      .updateTable('volunteer_opportunities')
      .set((eb) => ({
        title: i.title,
        description: i.description,
        area: i.area,
        online: i.online,
        region: i.region || null,
        settlement: i.settlement,
        starts_on: i.startsOn,
        ends_on: i.endsOn,
        places: i.places,
        skills: i.skills,
        min_age: i.minAge,
        max_age: i.maxAge,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', opp.id)
      .where('version', '=', args.version)
      .returning('version')
      .executeTakeFirst();
    if (!r) return fail('stale');
    await audit(trx, {
      actor: deps.actor,
      action: 'volunteering.opportunity.edited',
      entityType: 'volunteer_opportunity',
      entityId: opp.id,
      isPublic: true,
      data: { version: r.version },
      requestId: deps.requestId,
    });
    return ok({ version: r.version });
  });
}
