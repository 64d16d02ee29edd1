import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import { transition, type Verification } from '../domain.ts';
import { canDecideVerification } from '../policy.ts';
import { findOrganization, updateOrganization } from '../repository.ts';

/**
 * A moderator's decision on a pending profile: verify, or refuse with a reason, optionally
 * keeping the document relied on. The decision is a public audit entry shown on the profile.
 * @example await decideVerification(deps, { bin, decision: 'refuse', reason: 'Устав не приложен', storage: app.storage })
 */
export async function decideVerification(
  deps: CommandDeps,
  input: { bin: string; decision: 'verify' | 'refuse'; reason: string; document?: UploadedFile; storage: Storage },
  at = new Date(),
): Promise<Result<{ verification: Verification }>> {
  const actor = deps.actor;
  return deps.db.transaction().execute(async (trx) => {
    const org = await findOrganization(trx, input.bin, { forUpdate: true });
    if (!org) return fail('not_found');
    const decision = canDecideVerification(actor, org);
    if (!decision.ok) return fail(decision.reason);
    const next = transition(org.verification, input.decision);
    if (!next) return fail('not_pending');
    const file = input.document ? await saveFile(trx, input.storage, input.document, actor!.id) : null;
    await updateOrganization(trx, org.bin, {
      verification: next,
      verification_reason: next === 'refused' ? input.reason : null,
      verified_at: next === 'verified' ? at : null,
      ...(file ? { verification_file_id: file.id } : {}),
    });
    await audit(trx, {
      actor,
      action: `registry.verification.${next}`,
      entityType: 'organization',
      entityId: org.bin,
      // The reason is public (it concerns the organisation); the document stays with staff.
      data: { reason: input.reason || null, document: !!file },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ verification: next });
  });
}
