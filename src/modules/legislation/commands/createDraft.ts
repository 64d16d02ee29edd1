import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import type { BilingualUnit } from '../domain.ts';
import { canCreateDraft } from '../policy.ts';
import { insertDraft, insertVersion, type DraftKind } from '../repository.ts';

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
export async function createDraft(
  deps: CommandDeps,
  input: DraftContent & { stateBodyId: string },
  at = new Date(),
): Promise<Result<{ id: string }>> {
  const decision = canCreateDraft(deps.actor, input.stateBodyId);
  if (!decision.ok) return fail(decision.reason, 'stateBody');
  if (!input.units.length) return fail('empty_text', 'textKk');
  return deps.db.transaction().execute(async (trx) => {
    const id = await insertDraft(trx, {
      stateBodyId: input.stateBodyId,
      kind: input.kind,
      titleKk: input.titleKk,
      titleRu: input.titleRu,
      createdBy: deps.actor!.id,
      at,
    });
    await insertVersion(trx, { draftId: id, number: 1, noteKk: input.noteKk, noteRu: input.noteRu, at }, input.units);
    await audit(trx, {
      actor: deps.actor,
      action: 'legislation.draft.created',
      entityType: 'legislation_draft',
      entityId: id,
      data: { units: input.units.length },
      requestId: deps.requestId,
    });
    return ok({ id });
  });
}
