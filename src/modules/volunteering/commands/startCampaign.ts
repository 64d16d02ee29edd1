import { ok } from '../../../platform/kit/index.ts';
import { organizationFact } from '../../registry/index.ts';
import { CAMPAIGN_INITIAL } from '../domain.ts';
import { canStartCampaign } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { insertCampaign } from '../repository/index.ts';
import type { CampaignInput } from '../schemas.ts';

/**
 * A representative of a verified NGO starts a charitable campaign: purpose, goal, period and the
 * account for direct transfers. The region is the organisation's (from the registry). Refusals
 * name the organisation field, so the form shows them there.
 * @example await startCampaign(deps, { bin, title, purpose, area, goal: 500000000, startsOn, endsOn, iban, bank }) // ok({ id })
 */
export const startCampaign = command({
  run: async ({ trx, actor, audit }, input: CampaignInput) => {
    const org = await organizationFact(trx, input.bin);
    if (!org) return fail('not_representative', 'bin');
    const can = canStartCampaign(actor, org);
    if (!can.ok) return fail(can.reason, 'bin');
    const id = await insertCampaign(trx, {
      bin: org.bin,
      status: CAMPAIGN_INITIAL,
      title: input.title,
      purpose: input.purpose,
      area: input.area,
      region: org.region,
      goalTiyn: input.goal,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      iban: input.iban,
      bank: input.bank,
      createdBy: actor!.id,
    });
    await audit({
      action: 'volunteering.campaign.started',
      entityType: 'charity_campaign',
      entityId: id,
      public: true,
      data: { bin: org.bin, goalTiyn: input.goal, startsOn: input.startsOn, endsOn: input.endsOn },
    });
    return ok({ id });
  },
});
