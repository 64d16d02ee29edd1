import { ok } from '../../../platform/kit/index.ts';
import { INITIAL, type BilingualUnit } from '../domain.ts';
import { canCreateDraft } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { insertDraft, insertVersion, type DraftKind } from '../repository/index.ts';

export interface DraftContent {
  kind: DraftKind;
  titleKk: string;
  titleRu: string;
  noteKk: string;
  noteRu: string;
  units: readonly BilingualUnit[];
}

/**
 * An official prepares a draft for one of their state bodies: version 1, not yet public.
 * @example await createDraft(deps, { stateBodyId, kind: 'order', titleKk, titleRu, noteKk, noteRu, units })
 */
export const createDraft = command({
  run: async ({ trx, actor, at, audit }, input: DraftContent & { stateBodyId: string }) => {
    // The refusal belongs next to the body chosen on the form, so it is judged here, not in `policy`.
    const decision = canCreateDraft(actor, input.stateBodyId);
    if (!decision.ok) return fail(decision.reason, 'stateBody');
    if (!input.units.length) return fail('empty_text', 'textKk');
    const id = await insertDraft(trx, {
      stateBodyId: input.stateBodyId,
      status: INITIAL,
      kind: input.kind,
      titleKk: input.titleKk,
      titleRu: input.titleRu,
      createdBy: actor!.id,
      at,
    });
    await insertVersion(trx, { draftId: id, number: 1, noteKk: input.noteKk, noteRu: input.noteRu, at }, input.units);
    await audit({
      action: 'legislation.draft.created',
      entityType: 'legislation_draft',
      entityId: id,
      data: { units: input.units.length },
    });
    return ok({ id });
  },
});
