import { ok } from '../../../platform/kit/index.ts';
import { socialListYear } from '../domain.ts';
import { canApplySocialEnterprise } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findOrganization, insertSocialApplication, socialApplicationsOf } from '../repository/index.ts';
import type { SocialApplicationInput } from '../schemas.ts';

/**
 * Applies for the register of social entrepreneurs (Entrepreneurial Code art. 79-1); the
 * application goes to the list whose approval day has not passed yet.
 * @example await applySocialEnterprise(deps, { bin, application: parsed.data }) // ok({ listYear: 2027 })
 */
export const applySocialEnterprise = command({
  load: async (trx, input: { bin: string; application: SocialApplicationInput }, at) => {
    const org = await findOrganization(trx, input.bin);
    const listYear = socialListYear(at);
    return (
      org && {
        org,
        listYear,
        applied: (await socialApplicationsOf(trx, input.bin)).some((a) => a.list_year === listYear),
      }
    );
  },
  policy: (actor, { org, applied }) => canApplySocialEnterprise(actor, org, { hasApplicationForYear: applied }),
  run: async ({ trx, loaded: { listYear }, actor, at, audit }, input) => {
    const { category, ...application } = input.application;
    const id = await insertSocialApplication(trx, {
      bin: input.bin,
      listYear,
      category,
      application,
      by: actor!.id,
      at,
    });
    if (id === null) return fail('already_applied');
    await audit({
      action: 'registry.socialEnterprise.applied',
      entityType: 'organization',
      entityId: input.bin,
      data: { listYear, category },
    });
    return ok({ listYear });
  },
});
