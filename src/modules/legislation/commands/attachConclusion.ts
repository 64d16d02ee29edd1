import { ok } from '../../../platform/kit/index.ts';
import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import { canAttachConclusion } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findDraft, findVersion, insertConclusion, type ConclusionKind } from '../repository/index.ts';

/**
 * An NGO representative attaches their organisation's expert or anti-corruption conclusion
 * (a document) to the whole draft, for the version under discussion.
 * @example await attachConclusion(deps, { draftId, kind: 'anti_corruption', bin, summary, document, storage: app.storage })
 */
export const attachConclusion = command({
  load: (
    trx,
    input: {
      draftId: string;
      kind: ConclusionKind;
      bin: string;
      summary: string;
      document: UploadedFile;
      storage: Storage;
    },
  ) => findDraft(trx, input.draftId),
  run: async ({ trx, loaded: draft, actor, at, audit }, input) => {
    // Judged here rather than in `policy`: an organisation the person does not represent is told next to its field.
    const decision = canAttachConclusion(actor, draft, at, input.bin);
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
      at,
    });
    await audit({
      action: 'legislation.conclusion.attached',
      entityType: 'legislation_draft',
      entityId: draft.id,
      data: { conclusion: row.id, kind: input.kind, organization: input.bin },
      public: true,
    });
    return ok({ id: row.id });
  },
});
