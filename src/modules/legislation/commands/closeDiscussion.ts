import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { effectiveState, transition } from '../domain.ts';
import { findDraft, updateDraft, type Db, type DraftRow } from '../repository.ts';

/**
 * Records the end of a discussion whose period has run out. Run by the closing job (no actor: the
 * law closes it, not a person) and before publishing a summary; idempotent: an already closed
 * draft, or one whose period has not ended (a job that ran early), is left as it is.
 * @example await closeDiscussion({ db, jobs, actor: null }, { id })
 */
export async function closeDiscussion(
  deps: CommandDeps,
  input: { id: string },
  now = new Date(),
): Promise<Result<{ closed: boolean }>> {
  return deps.db.transaction().execute(async (trx) => {
    const draft = await findDraft(trx, input.id, { forUpdate: true });
    if (!draft) return fail('not_found');
    return ok({ closed: await closeIfDue(trx, draft, now, deps.requestId) });
  });
}

/** Inside a caller's transaction, with the draft row locked: records the close when the period has ended. */
export async function closeIfDue(trx: Db, draft: DraftRow, now: Date, requestId?: string): Promise<boolean> {
  if (draft.status !== 'open' || effectiveState(draft.status, draft.closes_at, now) !== 'closed') return false;
  const next = transition(draft.status, 'close')!;
  await updateDraft(trx, draft.id, draft.lock_version, { status: next, updated_at: now });
  draft.status = next;
  draft.lock_version += 1;
  await audit(trx, {
    actor: null,
    action: 'legislation.draft.closed',
    entityType: 'legislation_draft',
    entityId: draft.id,
    data: { version: draft.current_version, lastDay: draft.last_day },
    isPublic: true,
    requestId,
  });
  return true;
}
