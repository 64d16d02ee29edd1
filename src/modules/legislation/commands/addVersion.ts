import { ok } from '../../../platform/kit/index.ts';
import { almatyDate, type IsoDate } from '../../../reference/index.ts';
import { checkLastDay, closingInstant, DRAFT, type BilingualUnit } from '../domain.ts';
import { canAddVersion } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findDraft, insertVersion, updateDraft, updateVersion } from '../repository/index.ts';
import { CLOSE_QUEUE } from './openDiscussion.ts';

/**
 * After the summary, the developer publishes a revised text (with what changed and why), which
 * reopens the discussion for the new version until `lastDay` (at least the legal minimum).
 * @example await addVersion(deps, { id, lockVersion: 4, units, noteKk, noteRu, changesKk, changesRu, lastDay: '2026-12-20' })
 */
export const addVersion = command({
  load: (
    trx,
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
  ) => findDraft(trx, input.id, { forUpdate: true }),
  policy: (actor, draft, _input, at) => canAddVersion(actor, draft, at),
  version: { current: (draft) => draft.lock_version, expected: (input) => input.lockVersion },
  run: async ({ trx, loaded: draft, at, jobs, audit }, input) => {
    const period = checkLastDay(input.lastDay, at);
    if (!period.ok) return fail(period.reason, 'lastDay');
    const next = DRAFT.next(draft.status, 'newVersion');
    if (!next) return fail('state_newVersion');
    const number = draft.current_version + 1;
    const closesAt = closingInstant(input.lastDay);
    await updateDraft(trx, draft.id, {
      status: next,
      current_version: number,
      opened_at: at,
      last_day: input.lastDay,
      closes_at: closesAt,
      summary_published_at: null,
      updated_at: at,
    });
    const versionId = await insertVersion(
      trx,
      {
        draftId: draft.id,
        number,
        noteKk: input.noteKk,
        noteRu: input.noteRu,
        changesKk: input.changesKk,
        changesRu: input.changesRu,
        at,
      },
      input.units,
    );
    await updateVersion(trx, versionId, { opened_at: at, last_day: input.lastDay });
    await jobs.enqueue(
      CLOSE_QUEUE,
      { draftId: draft.id, version: number },
      { runAt: closesAt, dedupeKey: `${CLOSE_QUEUE}:${draft.id}:${number}`, trx },
    );
    await audit({
      action: 'legislation.version.published',
      entityType: 'legislation_draft',
      entityId: draft.id,
      data: { version: number, openedOn: almatyDate(at), lastDay: input.lastDay },
      public: true,
    });
    return ok({ version: number });
  },
});
