import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import { canReport } from '../policy.ts';
import { findItem, insertEvidence } from '../repository.ts';

/**
 * Evidence on an open item: a document (uploaded) or a link, with a description. Public.
 * Fails with not_found, not_responsible, item_closed or no_evidence (field document: neither given).
 * @example await addEvidence(deps, { itemId, description: 'Бұйрық №45', url: 'https://adilet.zan.kz/...', storage })
 */
export async function addEvidence(
  deps: CommandDeps,
  input: { itemId: string; description: string; url: string | null; document?: UploadedFile; storage: Storage },
  at = new Date(),
): Promise<Result<{ id: string }>> {
  return deps.db.transaction().execute(async (trx) => {
    const item = await findItem(trx, input.itemId, { forUpdate: true });
    if (!item) return fail('not_found');
    const can = canReport(deps.actor, item, item);
    if (!can.ok) return fail(can.reason);
    if (!input.document && !input.url) return fail('no_evidence', 'document');
    const file = input.document ? await saveFile(trx, input.storage, input.document, deps.actor!.id) : null;
    const row = await insertEvidence(trx, {
      itemId: item.id,
      kind: file ? 'document' : 'link',
      fileId: file?.id ?? null,
      url: file ? null : input.url,
      description: input.description,
      by: deps.actor!.id,
      at,
    });
    await audit(trx, {
      actor: deps.actor,
      action: 'forum.item.evidence',
      entityType: 'action_plan_item',
      entityId: item.id,
      data: { kind: file ? 'document' : 'link' },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
