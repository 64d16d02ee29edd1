import { ok } from '../../../platform/kit/index.ts';
import { almatyDate, type IsoDate } from '../../../reference/index.ts';
import { checkLastDay, closingInstant, DRAFT } from '../domain.ts';
import { canOpenDraft } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findDraft, findVersion, updateDraft, updateVersion } from '../repository/index.ts';

export const CLOSE_QUEUE = 'legislation.close';

/**
 * The developer publishes a draft for public discussion until `lastDay` (inclusive, Asia/Almaty),
 * which may not be before the legal minimum in working days. Queues the closing job for the
 * instant the period ends.
 * @example await openDiscussion(deps, { id, lockVersion: 0, lastDay: '2026-12-10' })
 */
export const openDiscussion = command({
  load: (trx, input: { id: string; lockVersion: number; lastDay: IsoDate }) =>
    findDraft(trx, input.id, { forUpdate: true }),
  policy: (actor, draft, _input, at) => canOpenDraft(actor, draft, at),
  version: { current: (draft) => draft.lock_version, expected: (input) => input.lockVersion },
  run: async ({ trx, loaded: draft, at, jobs, audit }, input) => {
    const period = checkLastDay(input.lastDay, at);
    if (!period.ok) return fail(period.reason, 'lastDay');
    const next = DRAFT.next(draft.status, 'open');
    if (!next) return fail('state_open');
    const closesAt = closingInstant(input.lastDay);
    await updateDraft(trx, draft.id, {
      status: next,
      opened_at: at,
      last_day: input.lastDay,
      closes_at: closesAt,
      first_opened_at: draft.first_opened_at ?? at,
      updated_at: at,
    });
    const version = (await findVersion(trx, draft.id, draft.current_version))!;
    await updateVersion(trx, version.id, { opened_at: at, last_day: input.lastDay });
    await jobs.enqueue(
      CLOSE_QUEUE,
      { draftId: draft.id, version: draft.current_version },
      { runAt: closesAt, dedupeKey: `${CLOSE_QUEUE}:${draft.id}:${draft.current_version}`, trx },
    );
    await audit({
      action: 'legislation.draft.opened',
      entityType: 'legislation_draft',
      entityId: draft.id,
      data: { version: draft.current_version, openedOn: almatyDate(at), lastDay: input.lastDay },
      public: true,
    });
    return ok({ closesAt });
  },
});
