import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import { ok } from '../../../platform/kit/index.ts';
import { IMPLEMENTATION, IMPLEMENTATION_INITIAL, PHOTO_MAX_BYTES, type ImplementationStatus } from '../domain.ts';
import { canRecordProgress } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findProposalInCycle, insertProgress } from '../repository/index.ts';

/**
 * The akimat records how a selected project is being built: a status (not started → in progress
 * → completed, or cancelled), a note and optionally a photo. Fails with not_found, not_official,
 * not_implementing, not_selected, bad_transition (field implementation) or photo_too_large (field photo).
 * @example await recordProgress(deps, { proposalId, implementation: 'in_progress', note: 'Мердігер анықталды', photo, storage: app.storage })
 */
export const recordProgress = command({
  load: (
    trx,
    input: {
      proposalId: string;
      implementation: ImplementationStatus;
      note: string;
      photo?: UploadedFile;
      storage: Storage;
    },
  ) => findProposalInCycle(trx, input.proposalId, { forUpdate: true }),
  policy: (actor, { proposal, cycle }) => canRecordProgress(actor, cycle, proposal),
  run: async ({ trx, loaded: { proposal }, actor, at, audit }, input) => {
    if (input.photo && input.photo.data.length > PHOTO_MAX_BYTES) return fail('photo_too_large', 'photo');
    const next = IMPLEMENTATION.next(proposal.implementation ?? IMPLEMENTATION_INITIAL, input.implementation);
    if (!next) return fail('bad_transition', 'implementation');
    const file = input.photo ? await saveFile(trx, input.storage, input.photo, actor!.id) : null;
    await insertProgress(trx, {
      proposalId: proposal.id,
      implementation: next,
      note: input.note,
      photoFileId: file?.id ?? null,
      by: actor!.id,
      at,
    });
    await audit({
      action: 'local.proposal.progress',
      entityType: 'budget_proposal',
      entityId: proposal.id,
      data: { implementation: next, photo: !!file },
      public: true,
    });
    return ok(undefined);
  },
});
