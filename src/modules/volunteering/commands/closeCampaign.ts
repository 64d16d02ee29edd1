import { ok } from '../../../platform/kit/index.ts';
import { almatyDate } from '../../../reference/index.ts';
import { CAMPAIGN } from '../domain.ts';
import { canCloseCampaign } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findCampaign, closeCampaignRow } from '../repository/index.ts';

/**
 * The NGO stops collecting before the end date (the goal is reached, or plans changed). The
 * report is then due counting from today. `version` guards against a concurrent change.
 * @example await closeCampaign(deps, { id, version: 1 }) // ok(undefined)
 */
export const closeCampaign = command({
  load: (trx, input: { id: string; version: number }) => findCampaign(trx, input.id, { forUpdate: true }),
  policy: (actor, c, _input, at) => canCloseCampaign(actor, c, almatyDate(at)),
  version: { current: (c) => c.version, expected: (input) => input.version },
  run: async ({ trx, loaded: c, at, audit }, input) => {
    const to = CAMPAIGN.next(c.status, 'close');
    if (!to) return fail('wrong_state');
    if (!(await closeCampaignRow(trx, { id: c.id, version: input.version, to, at }))) return fail('stale');
    await audit({
      action: 'volunteering.campaign.closed',
      entityType: 'charity_campaign',
      entityId: c.id,
      public: true,
      data: { raisedTiyn: c.raised_tiyn },
    });
    return ok(undefined);
  },
});
