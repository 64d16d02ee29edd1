import { almatyDate, type IsoDate } from '../../../reference/index.ts';
import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { checkLastDay, closingInstant, transition } from '../domain.ts';
import { canOpenDraft } from '../policy.ts';
import { findDraft, findVersion, updateDraft, updateVersion } from '../repository.ts';

export const CLOSE_QUEUE = 'legislation.close';

/**
 * The developer publishes a draft for public discussion until `lastDay` (inclusive, Asia/Almaty),
 * which may not be before the legal minimum in working days. Queues the closing job for the
 * instant the period ends.
 * @example await openDiscussion(deps, { id, lockVersion: 0, lastDay: '2026-12-10' })
 */
export async function openDiscussion(
  deps: CommandDeps,
  input: { id: string; lockVersion: number; lastDay: IsoDate },
  now = new Date(),
): Promise<Result<{ closesAt: Date }>> {
  return deps.db.transaction().execute(async (trx) => {
    const draft = await findDraft(trx, input.id, { forUpdate: true });
    if (!draft) return fail('not_found');
    const decision = canOpenDraft(deps.actor, draft, now);
    if (!decision.ok) return fail(decision.reason);
    const period = checkLastDay(input.lastDay, now);
    if (!period.ok) return fail(period.reason, 'lastDay');
    const closesAt = closingInstant(input.lastDay);
    const next = transition(draft.status, 'open')!;
    const set = {
      status: next,
      opened_at: now,
      last_day: input.lastDay,
      closes_at: closesAt,
      first_opened_at: draft.first_opened_at ?? now,
      updated_at: now,
    };
    if (!(await updateDraft(trx, draft.id, input.lockVersion, set))) return fail('stale');
    const version = (await findVersion(trx, draft.id, draft.current_version))!;
    await updateVersion(trx, version.id, { opened_at: now, last_day: input.lastDay });
    await deps.jobs.enqueue(
      CLOSE_QUEUE,
      { draftId: draft.id, version: draft.current_version },
      { runAt: closesAt, dedupeKey: `${CLOSE_QUEUE}:${draft.id}:${draft.current_version}`, trx },
    );
    await audit(trx, {
      actor: deps.actor,
      action: 'legislation.draft.opened',
      entityType: 'legislation_draft',
      entityId: draft.id,
      data: { version: draft.current_version, openedOn: almatyDate(now), lastDay: input.lastDay },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ closesAt });
  });
}
