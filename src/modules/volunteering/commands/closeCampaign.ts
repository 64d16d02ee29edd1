import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canCloseCampaign } from '../policy.ts';
import { findCampaign } from '../repository.ts';

/**
 * The NGO stops collecting before the end date (the goal is reached, or plans changed). The
 * report is then due counting from today. `version` guards against a concurrent change.
 */
export async function closeCampaign(
  deps: CommandDeps,
  input: { id: string; version: number },
  today: string,
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const c = await findCampaign(trx, input.id, { forUpdate: true });
    if (!c) return fail('not_found');
    const can = canCloseCampaign(deps.actor, c, today);
    if (!can.ok) return fail(can.reason);
    const r = await trx
      .updateTable('charity_campaigns')
      .set((eb) => ({ status: 'closed', closed_at: new Date(), version: eb('version', '+', 1) }))
      .where('id', '=', c.id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return fail('stale');
    await audit(trx, {
      actor: deps.actor,
      action: 'volunteering.campaign.closed',
      entityType: 'charity_campaign',
      entityId: c.id,
      isPublic: true,
      data: { raisedTiyn: c.raised_tiyn },
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
