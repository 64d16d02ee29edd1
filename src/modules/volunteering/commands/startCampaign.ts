import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canStartCampaign } from '../policy.ts';
import type { CampaignInput } from '../schemas.ts';

/**
 * A representative of a verified NGO starts a charitable campaign: purpose, goal, period and the
 * account for direct transfers. The region is the organisation's (from the registry).
 * @example await startCampaign(deps, { bin, title, purpose, area, goal: 500000000, startsOn, endsOn, iban, bank }) // ok({ id })
 */
export async function startCampaign(deps: CommandDeps, input: CampaignInput): Promise<Result<{ id: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const org = await trx
      .selectFrom('organizations')
      .select(['bin', 'status', 'verification', 'region'])
      .where('bin', '=', input.bin)
      .executeTakeFirst();
    if (!org) return fail('not_representative', 'bin');
    const can = canStartCampaign(deps.actor, org);
    if (!can.ok) return fail(can.reason, 'bin');
    const row = await trx
      .insertInto('charity_campaigns')
      .values({
        bin: org.bin,
        title: input.title,
        purpose: input.purpose,
        area: input.area,
        region: org.region,
        goal_tiyn: input.goal,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        account_iban: input.iban,
        bank: input.bank,
        created_by: deps.actor!.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actor: deps.actor,
      action: 'volunteering.campaign.started',
      entityType: 'charity_campaign',
      entityId: row.id,
      isPublic: true,
      data: { bin: org.bin, goalTiyn: input.goal, startsOn: input.startsOn, endsOn: input.endsOn },
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
