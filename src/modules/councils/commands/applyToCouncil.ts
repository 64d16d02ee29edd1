import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import { canApply } from '../policy.ts';
import { findCouncil, findSelection } from '../repository.ts';
import type { ApplicationInput } from '../schemas.ts';

/**
 * A citizen or an NGO's representative applies to a call: motivation, experience and an
 * optional document (kept for the commission and the applicant). The name goes on the public
 * list of candidates at once.
 * @example await applyToCouncil(deps, selectionId, { kind: 'citizen', bin: null, motivation, experience })
 */
export async function applyToCouncil(
  deps: CommandDeps,
  selectionId: string,
  input: ApplicationInput & { document?: UploadedFile; storage?: Storage },
  at = new Date(),
): Promise<Result<{ id: string }>> {
  const actor = deps.actor;
  return deps.db.transaction().execute(async (trx) => {
    const sel = await findSelection(trx, selectionId, { forUpdate: true });
    if (!sel) return fail('not_found');
    const council = (await findCouncil(trx, sel.council_id))!;
    const existing = actor
      ? await trx
          .selectFrom('council_applications')
          .select('id')
          .where('selection_id', '=', sel.id)
          .where('user_id', '=', actor.id)
          .executeTakeFirst()
      : undefined;
    const d = canApply(actor, council, sel, { alreadyApplied: !!existing, now: at, bin: input.bin });
    if (!d.ok) return fail(d.reason);
    const file = input.document && input.storage ? await saveFile(trx, input.storage, input.document, actor!.id) : null;
    const row = await trx
      .insertInto('council_applications')
      .values({
        selection_id: sel.id,
        user_id: actor!.id,
        full_name: actor!.name,
        applicant_kind: input.kind,
        organization_bin: input.bin,
        motivation: input.motivation,
        experience: input.experience,
        file_id: file?.id ?? null,
        created_at: at,
      })
      .onConflict((oc) => oc.columns(['selection_id', 'user_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) return fail('already_applied');
    await audit(trx, {
      actor,
      action: 'councils.application.submitted',
      entityType: 'council_selection',
      entityId: sel.id,
      data: { application: row.id, kind: input.kind },
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
