import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import { ok } from '../../../platform/kit/index.ts';
import { canEditApplication } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import {
  findApplication,
  insertDocument,
  saveApplicationContent,
  type ApplicationContent,
} from '../repository/index.ts';

export type { ApplicationContent } from '../repository/index.ts';

/**
 * Saves a draft with optimistic locking: `version` is the one the form was loaded with; if someone
 * saved in between, nothing is written and the reason is 'staleVersion'. Uploaded documents are kept.
 */
export const saveApplication = command({
  load: (
    trx,
    input: {
      id: string;
      version: number;
      content: ApplicationContent;
      documents: { file: UploadedFile; kind: string }[];
      storage: Storage;
    },
  ) => findApplication(trx, input.id, { forUpdate: true }),
  policy: (actor, app) => canEditApplication(actor, app),
  run: async ({ trx, loaded: app, actor, at, audit }, input) => {
    // The kit's `version` option would answer 'stale'; funding's word (and its message) is 'staleVersion'.
    const updated = await saveApplicationContent(trx, app.id, input.version, input.content, at);
    if (!updated) return fail('staleVersion');
    for (const d of input.documents) {
      const f = await saveFile(trx, input.storage, d.file, actor!.id);
      await insertDocument(trx, {
        entityType: 'application',
        entityId: app.id,
        fileId: f.id,
        kind: d.kind,
        isPublic: true,
      });
    }
    // Private: a draft is the organisation's own until it is submitted.
    await audit({
      action: 'funding.application.saved',
      entityType: 'funding_application',
      entityId: app.id,
      data: { documents: input.documents.length },
    });
    return ok({ version: updated.version });
  },
});
