import { ok } from '../../../platform/kit/index.ts';
import { OPPORTUNITY, type OpportunityAction } from '../domain.ts';
import { canChangeOpportunity } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findOpportunity, moveOpportunity } from '../repository/index.ts';

/**
 * The organiser closes sign-ups, reopens them, marks the activity completed or cancels it. `version`
 * is the one the organiser saw: if another organiser changed it meanwhile, this fails with 'stale'.
 * @example await changeOpportunityStatus(deps, { id, action: 'close', version: 1 }) // ok: the status it moved to (closed)
 */
export const changeOpportunityStatus = command({
  load: (trx, input: { id: string; action: OpportunityAction; version: number }) =>
    findOpportunity(trx, input.id, { forUpdate: true }),
  policy: (actor, opp, input) => canChangeOpportunity(actor, opp, input.action),
  version: { current: (opp) => opp.version, expected: (input) => input.version },
  run: async ({ trx, loaded: opp, at, audit }, input) => {
    const to = OPPORTUNITY.next(opp.status, input.action);
    if (!to) return fail('wrong_state');
    // Compare-and-set as well: the change applies only to what the organiser saw.
    if (!(await moveOpportunity(trx, { id: opp.id, version: input.version, from: opp.status, to, at })))
      return fail('stale');
    await audit({
      action: `volunteering.opportunity.${input.action}`,
      entityType: 'volunteer_opportunity',
      entityId: opp.id,
      public: true,
      data: { from: opp.status, to },
    });
    return ok({ status: to });
  },
});
