import { almatyDate, type IsoDate } from '../../../reference/index.ts';
import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { checkLastDay, closingInstant, transition, type BilingualUnit } from '../domain.ts';
import { canAddVersion } from '../policy.ts';
import { findDraft, insertVersion, updateDraft, updateVersion } from '../repository.ts';
import { CLOSE_QUEUE } from './openDiscussion.ts';

/**
 * After the summary, the developer publishes a revised text (with what changed and why), which
 * reopens the discussion for the new version until `lastDay` (at least the legal minimum).
 * @example await addVersion(deps, { id, lockVersion: 4, units, noteKk, noteRu, changesKk, changesRu, lastDay: '2026-12-20' })
 */
export async function addVersion(
  deps: CommandDeps,
  input: {
    id: string;
    lockVersion: number;
    units: readonly BilingualUnit[];
    noteKk: string;
    noteRu: string;
    changesKk: string;
    changesRu: string;
    lastDay: IsoDate;
  },
  now = new Date(),
): Promise<Result<{ version: number }>> {
  return deps.db.transaction().execute(async (trx) => {
    const draft = await findDraft(trx, input.id, { forUpdate: true });
    if (!draft) return fail('not_found');
    const decision = canAddVersion(deps.actor, draft, now);
    if (!decision.ok) return fail(decision.reason);
    const period = checkLastDay(input.lastDay, now);
    if (!period.ok) return fail(period.reason, 'lastDay');
    const number = draft.current_version + 1;
    const closesAt = closingInstant(input.lastDay);
    const next = transition(draft.status, 'newVersion')!;
    const set = {
      status: next,
      current_version: number,
      opened_at: now,
      last_day: input.lastDay,
      closes_at: closesAt,
      summary_published_at: null,
      updated_at: now,
    };
    if (!(await updateDraft(trx, draft.id, input.lockVersion, set))) return fail('stale');
    const versionId = await insertVersion(
      trx,
      {
        draftId: draft.id,
        number,
        noteKk: input.noteKk,
        noteRu: input.noteRu,
        changesKk: input.changesKk,
        changesRu: input.changesRu,
        at: now,
      },
      input.units,
    );
    await updateVersion(trx, versionId, { opened_at: now, last_day: input.lastDay });
    await deps.jobs.enqueue(
      CLOSE_QUEUE,
      { draftId: draft.id, version: number },
      { runAt: closesAt, dedupeKey: `${CLOSE_QUEUE}:${draft.id}:${number}`, trx },
    );
    await audit(trx, {
      actor: deps.actor,
      action: 'legislation.version.published',
      entityType: 'legislation_draft',
      entityId: draft.id,
      data: { version: number, openedOn: almatyDate(now), lastDay: input.lastDay },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ version: number });
  });
}
