import { ok } from '../../../platform/kit/index.ts';
import { SOCIAL } from '../domain.ts';
import { canDecideSocialEnterprise } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { decideSocialApplication, findSocialApplication } from '../repository/index.ts';

/**
 * Records the commission's decision on an application to the register of social entrepreneurs;
 * public, like every commission decision.
 * @example await decideSocialEnterprise(deps, { id, decision: 'approve', reason: '' })
 */
export const decideSocialEnterprise = command({
  load: (trx, input: { id: number; decision: 'approve' | 'refuse'; reason: string }) =>
    findSocialApplication(trx, input.id, { forUpdate: true }),
  policy: (actor, app) => canDecideSocialEnterprise(actor, app),
  run: async ({ trx, loaded: app, actor, at, audit }, input) => {
    const next = SOCIAL.next(app.status, input.decision);
    if (!next) return fail('already_decided');
    await decideSocialApplication(trx, app.id, { status: next, reason: input.reason || null, by: actor!.id, at });
    await audit({
      action: `registry.socialEnterprise.${next}`,
      entityType: 'organization',
      entityId: app.bin,
      data: { listYear: app.list_year, category: app.category, reason: input.reason || null },
      public: true,
    });
    return ok({ status: next, bin: app.bin });
  },
});
