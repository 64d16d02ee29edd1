import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import { canAttachConclusion } from '../policy.ts';
import { findDraft, findVersion, insertConclusion, type ConclusionKind } from '../repository.ts';

/**
 * An NGO representative attaches their organisation's expert or anti-corruption conclusion
 * (a document) to the whole draft, for the version under discussion.
 * @example await attachConclusion(deps, { draftId, kind: 'anti_corruption', bin, summary, document, storage: app.storage })
 */
export async function attachConclusion(
  deps: CommandDeps,
  input: {
    draftId: string;
    kind: ConclusionKind;
    bin: string;
    summary: string;
    document: UploadedFile;
    storage: Storage;
  },
  now = new Date(),
): Promise<Result<{ id: string }>> {
  const actor = deps.actor;
  return deps.db.transaction().execute(async (trx) => {
    const draft = await findDraft(trx, input.draftId);
    if (!draft) return fail('not_found');
    const decision = canAttachConclusion(actor, draft, now, input.bin);
    if (!decision.ok) return fail(decision.reason, decision.reason === 'not_ngo' ? 'organization' : undefined);
    const version = (await findVersion(trx, draft.id, draft.current_version))!;
    const file = await saveFile(trx, input.storage, input.document, actor!.id);
    const row = await insertConclusion(trx, {
      draftId: draft.id,
      versionId: version.id,
      kind: input.kind,
      bin: input.bin,
      summary: input.summary,
      fileId: file.id,
      by: actor!.id,
      at: now,
    });
    await audit(trx, {
      actor,
      action: 'legislation.conclusion.attached',
      entityType: 'legislation_draft',
      entityId: draft.id,
      data: { conclusion: row.id, kind: input.kind, organization: input.bin },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
