import { ok } from '../../../platform/kit/index.ts';
import { organizationFact } from '../../registry/index.ts';
import { OPPORTUNITY_INITIAL } from '../domain.ts';
import { canPostOpportunity, type Organizer } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { isUuid, insertOpportunity, stateBodyExists } from '../repository/index.ts';
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
 * Every refusal names the organiser field, so the form shows it there.
 * @example await postOpportunity(deps, { organizer: `organization:${bin}`, title, ... }) // ok({ id })
 */
export const postOpportunity = command({
  run: async ({ trx, actor, audit }, input: OpportunityInput) => {
    const organizer = parseOrganizer(input.organizer);
    if (!organizer) return fail('not_organizer', 'organizer');
    const active =
      organizer.type === 'organization'
        ? (await organizationFact(trx, organizer.id))?.status === 'active'
        : await stateBodyExists(trx, organizer.id);
    const can = canPostOpportunity(actor, organizer, { active });
    if (!can.ok) return fail(can.reason, 'organizer');
    const id = await insertOpportunity(trx, { organizer, status: OPPORTUNITY_INITIAL, input, createdBy: actor!.id });
    await audit({
      action: 'volunteering.opportunity.posted',
      entityType: 'volunteer_opportunity',
      entityId: id,
      public: true,
      data: { organizer, title: input.title, places: input.places },
    });
    return ok({ id });
  },
});
