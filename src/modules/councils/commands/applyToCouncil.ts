import { ok } from '../../../platform/kit/result.ts';
import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import { canApply } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findApplicationOf, findCouncil, findSelection, insertApplication } from '../repository/index.ts';
import type { ApplicationInput } from '../schemas.ts';

/**
 * A citizen or an NGO's representative applies to a call: motivation, experience and an
 * optional document (kept for the commission and the applicant). The name goes on the public
 * list of candidates at once.
 * @example await applyToCouncil(deps, { selectionId, kind: 'citizen', bin: null, motivation, experience })
 */
export const applyToCouncil = command({
  load: async (trx, input: ApplicationInput & { selectionId: string; document?: UploadedFile; storage?: Storage }) => {
    const sel = await findSelection(trx, input.selectionId, { forUpdate: true });
    return sel && { sel, council: (await findCouncil(trx, sel.council_id))! };
  },
  run: async ({ trx, loaded: { sel, council }, actor, at, audit }, input) => {
    // The policy needs a fact about this actor read in the transaction (has this person applied
    // already?): `load` is not given the actor, so the policy step is taken here.
    const existing = actor ? await findApplicationOf(trx, sel.id, actor.id) : undefined;
    const d = canApply(actor, council, sel, { alreadyApplied: !!existing, now: at, bin: input.bin });
    if (!d.ok) return fail(d.reason);
    const file = input.document && input.storage ? await saveFile(trx, input.storage, input.document, actor!.id) : null;
    const row = await insertApplication(trx, {
      selection_id: sel.id,
      user_id: actor!.id,
      full_name: actor!.name,
      applicant_kind: input.kind,
      organization_bin: input.bin,
      motivation: input.motivation,
      experience: input.experience,
      file_id: file?.id ?? null,
      created_at: at,
    });
    if (!row) return fail('already_applied');
    await audit({
      action: 'councils.application.submitted',
      entityType: 'council_selection',
      entityId: sel.id,
      data: { application: row.id, kind: input.kind },
    });
    return ok({ id: row.id });
  },
});
