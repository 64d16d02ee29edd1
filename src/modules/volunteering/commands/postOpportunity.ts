import { sql } from 'kysely';
import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canPostOpportunity, type Organizer } from '../policy.ts';
import { isUuid } from '../repository.ts';
import type { OpportunityInput } from '../schemas.ts';

/** Parses the organiser field of the form: "organization:<BIN>" or "state_body:<id>". */
export function parseOrganizer(v: string): Organizer | null {
  const [type, id] = v.split(':');
  if (type === 'organization' && /^\d{12}$/.test(id ?? '')) return { type, id };
  if (type === 'state_body' && isUuid(id ?? '')) return { type, id };
  return null;
}

/**
 * An NGO (by its representative) or a state body (by its official) posts a volunteer opportunity, open for sign-ups.
 * @example await postOpportunity(deps, { organizer: `organization:${bin}`, title, ... }) // ok({ id })
 */
export async function postOpportunity(deps: CommandDeps, input: OpportunityInput): Promise<Result<{ id: string }>> {
  const organizer = parseOrganizer(input.organizer);
  if (!organizer) return fail('not_organizer', 'organizer');
  return deps.db.transaction().execute(async (trx) => {
    let active = false;
    if (organizer.type === 'organization') {
      const org = await trx
        .selectFrom('organizations')
        .select('status')
        .where('bin', '=', organizer.id)
        .executeTakeFirst();
      active = org?.status === 'active';
    } else {
      active = !!(await trx
        .selectFrom('state_bodies')
        .select('id')
        .where(sql`id::text`, '=', organizer.id)
        .executeTakeFirst());
    }
    const can = canPostOpportunity(deps.actor, organizer, { active });
    if (!can.ok) return fail(can.reason, 'organizer');
    const row = await trx
      .insertInto('volunteer_opportunities')
      .values({
        organizer_type: organizer.type,
        organizer_id: organizer.id,
        title: input.title,
        description: input.description,
        area: input.area,
        online: input.online,
        region: input.region || null,
        settlement: input.settlement,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        places: input.places,
        skills: input.skills,
        min_age: input.minAge,
        max_age: input.maxAge,
        created_by: deps.actor!.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actor: deps.actor,
      action: 'volunteering.opportunity.posted',
      entityType: 'volunteer_opportunity',
      entityId: row.id,
      isPublic: true,
      data: { organizer, title: input.title, places: input.places },
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
