import { ok } from '../../../platform/kit/index.ts';
import { canComment } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findDraft, findUnit, findVersion, insertComment } from '../repository/index.ts';

/**
 * A citizen (or an NGO representative, for their organisation) comments on one paragraph of the
 * version under discussion. The comment is public with the author's display name only.
 * @example await addComment(deps, { draftId, unitKey: 'a2.p1', body: 'Мерзімді 30 күнге ұзарту керек', onBehalf: null, lang: 'kk' })
 */
export const addComment = command({
  load: (
    trx,
    input: { draftId: string; unitKey: string; body: string; onBehalf: string | null; lang: 'kk' | 'ru' | 'en' },
  ) => findDraft(trx, input.draftId),
  policy: (actor, draft, _input, at) => canComment(actor, draft, at),
  run: async ({ trx, loaded: draft, actor, at, audit }, input) => {
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
      at,
    });
    await audit({
      action: 'legislation.comment.added',
      entityType: 'legislation_draft',
      entityId: draft.id,
      data: { comment: row.id, unit: unit.key },
    });
    return ok({ id: row.id });
  },
});
