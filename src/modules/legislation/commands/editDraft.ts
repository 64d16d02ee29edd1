import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canEditDraft } from '../policy.ts';
import { findDraft, findVersion, replaceUnits, updateDraft, updateVersion } from '../repository.ts';
import type { DraftContent } from './createDraft.ts';

/**
 * The developer corrects a draft before it is published for discussion. `lockVersion` is the
 * value the form was read with: when another official saved in between, 'stale' and nothing changes.
 * @example await editDraft(deps, { id, lockVersion: 0, ...content })
 */
export async function editDraft(
  deps: CommandDeps,
  input: DraftContent & { id: string; lockVersion: number },
  at = new Date(),
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const draft = await findDraft(trx, input.id, { forUpdate: true });
    if (!draft) return fail('not_found');
    const decision = canEditDraft(deps.actor, draft, at);
    if (!decision.ok) return fail(decision.reason);
    if (
      !(await updateDraft(trx, draft.id, input.lockVersion, {
        kind: input.kind,
        title_kk: input.titleKk,
        title_ru: input.titleRu,
        updated_at: at,
      }))
    )
      return fail('stale');
    const version = (await findVersion(trx, draft.id, draft.current_version))!;
    await updateVersion(trx, version.id, { note_kk: input.noteKk, note_ru: input.noteRu });
    await replaceUnits(trx, version.id, input.units);
    await audit(trx, {
      actor: deps.actor,
      action: 'legislation.draft.edited',
      entityType: 'legislation_draft',
      entityId: draft.id,
      data: { units: input.units.length },
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
