import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { socialTransition, type SocialStatus } from '../domain.ts';
import { canDecideSocialEnterprise } from '../policy.ts';
import { decideSocialApplication, findSocialApplication } from '../repository.ts';

/**
 * Records the commission's decision on an application to the register of social entrepreneurs;
 * public, like every commission decision.
 * @example await decideSocialEnterprise(deps, { id, decision: 'approve', reason: '' })
 */
export async function decideSocialEnterprise(
  deps: CommandDeps,
  input: { id: number; decision: 'approve' | 'refuse'; reason: string },
  at = new Date(),
): Promise<Result<{ status: SocialStatus; bin: string }>> {
  const actor = deps.actor;
  return deps.db.transaction().execute(async (trx) => {
    const app = await findSocialApplication(trx, input.id, { forUpdate: true });
    if (!app) return fail('not_found');
    const decision = canDecideSocialEnterprise(actor, app);
    if (!decision.ok) return fail(decision.reason);
    const next = socialTransition(app.status, input.decision);
    if (!next) return fail('already_decided');
    await decideSocialApplication(trx, app.id, { status: next, reason: input.reason || null, by: actor!.id, at });
    await audit(trx, {
      actor,
      action: `registry.socialEnterprise.${next}`,
      entityType: 'organization',
      entityId: app.bin,
      data: { listYear: app.list_year, category: app.category, reason: input.reason || null },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ status: next, bin: app.bin });
  });
}
