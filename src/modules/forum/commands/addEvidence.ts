import { ok } from '../../../platform/kit/index.ts';
import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import { canReport } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findItem, insertEvidence } from '../repository/index.ts';

/**
 * Evidence on an open item: a document (uploaded) or a link, with a description. Public.
 * Fails with not_found, not_responsible, item_closed or no_evidence (field document: neither given).
 * @example await addEvidence(deps, { itemId, description: 'Бұйрық №45', url: 'https://adilet.zan.kz/...', storage })
 */
export const addEvidence = command({
  load: (
    trx,
    input: { itemId: string; description: string; url: string | null; document?: UploadedFile; storage: Storage },
  ) => findItem(trx, input.itemId, { forUpdate: true }),
  policy: (actor, item) => canReport(actor, item, item),
  run: async ({ trx, loaded: item, actor, at, audit }, input) => {
    if (!input.document && !input.url) return fail('no_evidence', 'document');
    const file = input.document ? await saveFile(trx, input.storage, input.document, actor!.id) : null;
    const row = await insertEvidence(trx, {
      itemId: item.id,
      kind: file ? 'document' : 'link',
      fileId: file?.id ?? null,
      url: file ? null : input.url,
      description: input.description,
      by: actor!.id,
      at,
    });
    await audit({
      action: 'forum.item.evidence',
      entityType: 'action_plan_item',
      entityId: item.id,
      data: { kind: file ? 'document' : 'link' },
      public: true,
    });
    return ok({ id: row.id });
  },
});
