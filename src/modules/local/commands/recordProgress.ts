import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { saveFile, type Storage, type UploadedFile } from '../../../platform/files/index.ts';
import { canMoveImplementation, type ImplementationStatus } from '../domain.ts';
import { canRecordProgress } from '../policy.ts';
import { findCycle, findProposal, insertProgress } from '../repository.ts';

/**
 * The akimat records how a selected project is being built: a status (not started → in progress
 * → completed, or cancelled), a note and optionally a photo. Fails with not_found, not_official,
 * not_implementing, not_selected or bad_transition (field implementation).
 * @example await recordProgress(deps, { proposalId, implementation: 'in_progress', note: 'Мердігер анықталды', photo, storage: app.storage })
 */
export async function recordProgress(
  deps: CommandDeps,
  input: {
    proposalId: string;
    implementation: ImplementationStatus;
    note: string;
    photo?: UploadedFile;
    storage: Storage;
  },
  at = new Date(),
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const proposal = await findProposal(trx, input.proposalId, { forUpdate: true });
    if (!proposal) return fail('not_found');
    const cycle = await findCycle(trx, proposal.cycle_id);
    if (!cycle) return fail('not_found');
    const can = canRecordProgress(deps.actor, cycle, proposal);
    if (!can.ok) return fail(can.reason);
    if (!canMoveImplementation(proposal.implementation ?? 'not_started', input.implementation))
      return fail('bad_transition', 'implementation');
    const file = input.photo ? await saveFile(trx, input.storage, input.photo, deps.actor!.id) : null;
    await insertProgress(trx, {
      proposalId: proposal.id,
      implementation: input.implementation,
      note: input.note,
      photoFileId: file?.id ?? null,
      by: deps.actor!.id,
      at,
    });
    await audit(trx, {
      actor: deps.actor,
      action: 'local.proposal.progress',
      entityType: 'budget_proposal',
      entityId: proposal.id,
      data: { implementation: input.implementation, photo: !!file },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
