import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { opportunityTransition, type OpportunityAction, type OpportunityStatus } from '../domain.ts';
import { canChangeOpportunity } from '../policy.ts';
import { findOpportunity } from '../repository.ts';

/**
 * The organiser closes sign-ups, reopens them, marks the activity completed or cancels it. `version`
 * is the one the organiser saw: if another organiser changed it meanwhile, this fails with 'stale'.
 * @example await changeOpportunityStatus(deps, { id, action: 'close', version: 1 }) // ok({ status: 'closed' })
 */
export async function changeOpportunityStatus(
  deps: CommandDeps,
  input: { id: string; action: OpportunityAction; version: number },
): Promise<Result<{ status: OpportunityStatus }>> {
  return deps.db.transaction().execute(async (trx) => {
    const opp = await findOpportunity(trx, input.id, { forUpdate: true });
    if (!opp) return fail('not_found');
    const can = canChangeOpportunity(deps.actor, opp, input.action);
    if (!can.ok) return fail(can.reason);
    const to = opportunityTransition(opp.status, input.action)!;
    // Compare-and-set on the version: the change applies only to what the organiser saw.
    const r = await trx
      .updateTable('volunteer_opportunities')
      .set((eb) => ({ status: to, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', opp.id)
      .where('version', '=', input.version)
      .where('status', '=', opp.status)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return fail('stale');
    await audit(trx, {
      actor: deps.actor,
      action: `volunteering.opportunity.${input.action}`,
      entityType: 'volunteer_opportunity',
      entityId: opp.id,
      isPublic: true,
      data: { from: opp.status, to },
      requestId: deps.requestId,
    });
    return ok({ status: to });
  });
}
