import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canComment } from '../policy.ts';
import { findDraft, findUnit, findVersion, insertComment } from '../repository.ts';

/**
 * A citizen (or an NGO representative, for their organisation) comments on one paragraph of the
 * version under discussion. The comment is public with the author's display name only.
 * @example await addComment(deps, { draftId, unitKey: 'a2.p1', body: 'Мерзімді 30 күнге ұзарту керек', onBehalf: null, lang: 'kk' })
 */
export async function addComment(
  deps: CommandDeps,
  input: { draftId: string; unitKey: string; body: string; onBehalf: string | null; lang: 'kk' | 'ru' | 'en' },
  now = new Date(),
): Promise<Result<{ id: string }>> {
  const actor = deps.actor;
  return deps.db.transaction().execute(async (trx) => {
    const draft = await findDraft(trx, input.draftId);
    if (!draft) return fail('not_found');
    const decision = canComment(actor, draft, now);
    if (!decision.ok) return fail(decision.reason);
    if (input.onBehalf && !actor!.organizations.includes(input.onBehalf)) return fail('not_ngo', 'onBehalf');
    const version = (await findVersion(trx, draft.id, draft.current_version))!;
    const unit = await findUnit(trx, version.id, input.unitKey);
    if (!unit) return fail('unknown_unit', 'unit');
    const row = await insertComment(trx, {
      draftId: draft.id,
      versionId: version.id,
      unitId: unit.id,
      authorId: actor!.id,
      authorName: actor!.name,
      organizationBin: input.onBehalf,
      body: input.body,
      lang: input.lang,
      at: now,
    });
    await audit(trx, {
      actor,
      action: 'legislation.comment.added',
      entityType: 'legislation_draft',
      entityId: draft.id,
      data: { comment: row.id, unit: unit.key },
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
