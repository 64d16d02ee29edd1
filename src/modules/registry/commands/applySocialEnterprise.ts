import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { socialListYear } from '../domain.ts';
import { canApplySocialEnterprise } from '../policy.ts';
import { findOrganization, insertSocialApplication, socialApplicationsOf } from '../repository.ts';
import type { SocialApplicationInput } from '../schemas.ts';

/**
 * Applies for the register of social entrepreneurs (Entrepreneurial Code art. 79-1); the
 * application goes to the list whose approval day has not passed yet.
 * @example await applySocialEnterprise(deps, { bin, application: parsed.data }) // ok({ listYear: 2027 })
 */
export async function applySocialEnterprise(
  deps: CommandDeps,
  input: { bin: string; application: SocialApplicationInput },
  at = new Date(),
): Promise<Result<{ listYear: number }>> {
  const actor = deps.actor;
  const listYear = socialListYear(at);
  return deps.db.transaction().execute(async (trx) => {
    const org = await findOrganization(trx, input.bin);
    if (!org) return fail('not_found');
    const existing = await socialApplicationsOf(trx, input.bin);
    const decision = canApplySocialEnterprise(actor, org, {
      hasApplicationForYear: existing.some((a) => a.list_year === listYear),
    });
    if (!decision.ok) return fail(decision.reason);
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
    await audit(trx, {
      actor,
      action: 'registry.socialEnterprise.applied',
      entityType: 'organization',
      entityId: input.bin,
      data: { listYear, category },
      requestId: deps.requestId,
    });
    return ok({ listYear });
  });
}
