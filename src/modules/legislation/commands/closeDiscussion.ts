import { ok, type CommandContext } from '../../../platform/kit/index.ts';
import { DRAFT, effectiveState } from '../domain.ts';
import { command } from '../reasons.ts';
import { findDraft, updateDraft, type DraftRow } from '../repository/index.ts';

/**
 * Records the end of a discussion whose period has run out. Run by the closing job (no actor: the
 * law closes it, not a person) and before publishing a summary; idempotent: an already closed
 * draft, or one whose period has not ended (a job that ran early), is left as it is.
 * @example await closeDiscussion({ db, jobs, actor: null }, { id })
 */
export const closeDiscussion = command({
  load: (trx, input: { id: string }) => findDraft(trx, input.id, { forUpdate: true }),
  run: async (ctx) => ok({ closed: await closeIfDue(ctx, ctx.loaded) }),
  // A job that ran early or twice changes nothing and records nothing; a close is recorded by closeIfDue.
  audit: 'none',
});

/** Inside a command, with the draft row locked: records the close when the period has ended. */
export async function closeIfDue(ctx: CommandContext<unknown>, draft: DraftRow): Promise<boolean> {
  if (effectiveState(draft.status, draft.closes_at, ctx.at) !== 'closed') return false;
  const next = DRAFT.next(draft.status, 'close');
  if (!next) return false;
  await updateDraft(ctx.trx, draft.id, { status: next, updated_at: ctx.at });
  draft.status = next;
  draft.lock_version += 1;
  await ctx.audit({
    action: 'legislation.draft.closed',
    entityType: 'legislation_draft',
    entityId: draft.id,
    data: { version: draft.current_version, lastDay: draft.last_day },
    public: true,
    // The law closes the discussion, not the person whose command noticed the period had ended.
    system: true,
  });
  return true;
}
