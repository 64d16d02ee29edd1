import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import { ok } from '../../../platform/kit/index.ts';
import { VERIFICATION } from '../domain.ts';
import { canDecideVerification } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findOrganization, updateOrganization } from '../repository/index.ts';

/**
 * A moderator's decision on a pending profile: verify, or refuse with a reason, optionally
 * keeping the document relied on. The decision is a public audit entry shown on the profile.
 * @example await decideVerification(deps, { bin, decision: 'refuse', reason: 'Устав не приложен', storage: app.storage })
 */
export const decideVerification = command({
  load: (
    trx,
    input: { bin: string; decision: 'verify' | 'refuse'; reason: string; document?: UploadedFile; storage: Storage },
  ) => findOrganization(trx, input.bin, { forUpdate: true }),
  policy: (actor, org) => canDecideVerification(actor, org),
  run: async ({ trx, loaded: org, actor, at, audit }, input) => {
    const next = VERIFICATION.next(org.verification, input.decision);
    if (!next) return fail('not_pending');
    const file = input.document ? await saveFile(trx, input.storage, input.document, actor!.id) : null;
    await updateOrganization(trx, org.bin, {
      verification: next,
      verification_reason: next === 'refused' ? input.reason : null,
      verified_at: next === 'verified' ? at : null,
      ...(file ? { verification_file_id: file.id } : {}),
    });
    await audit({
      action: `registry.verification.${next}`,
      entityType: 'organization',
      entityId: org.bin,
      // The reason is public (it concerns the organisation); the document stays with staff.
      data: { reason: input.reason || null, document: !!file },
      public: true,
    });
    return ok({ verification: next });
  },
});
