import { ok } from '../../../platform/kit/index.ts';
import { DRAFT } from '../domain.ts';
import { canEditDraft } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findDraft, findVersion, replaceUnits, updateDraft, updateVersion } from '../repository/index.ts';
import type { DraftContent } from './createDraft.ts';

/**
 * The developer corrects a draft before it is published for discussion. `lockVersion` is the
 * value the form was read with: when another official saved in between, 'stale' and nothing changes.
 * @example await editDraft(deps, { id, lockVersion: 0, ...content })
 */
export const editDraft = command({
  load: (trx, input: DraftContent & { id: string; lockVersion: number }) =>
    findDraft(trx, input.id, { forUpdate: true }),
  policy: (actor, draft, _input, at) => canEditDraft(actor, draft, at),
  version: { current: (draft) => draft.lock_version, expected: (input) => input.lockVersion },
  run: async ({ trx, loaded: draft, at, audit }, input) => {
    const next = DRAFT.next(draft.status, 'edit');
    if (!next) return fail('state_edit');
    await updateDraft(trx, draft.id, {
      status: next,
      kind: input.kind,
      title_kk: input.titleKk,
      title_ru: input.titleRu,
      updated_at: at,
    });
    const version = (await findVersion(trx, draft.id, draft.current_version))!;
    await updateVersion(trx, version.id, { note_kk: input.noteKk, note_ru: input.noteRu });
    await replaceUnits(trx, version.id, input.units);
    await audit({
      action: 'legislation.draft.edited',
      entityType: 'legislation_draft',
      entityId: draft.id,
      data: { units: input.units.length },
    });
    return ok(undefined);
  },
});
