import { ok } from '../../../platform/kit/result.ts';
import { HEARING, unansweredCount } from '../domain.ts';
import { canPublishAnswers } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { hearingQuestions, lockHearing, updateHearing } from '../repository/index.ts';

/**
 * Publishes the organiser's response: allowed only when every visible question and proposal
 * has its answer (fails with 'unanswered' otherwise).
 * @example await publishHearingAnswers(deps, { id, version: 2 })
 */
export const publishHearingAnswers = command({
  load: async (trx, input: { id: string; version: number }) => {
    const h = await lockHearing(trx, input.id);
    return h && { h, unanswered: unansweredCount(await hearingQuestions(trx, h.id)) };
  },
  policy: (actor, { h, unanswered }) => canPublishAnswers(actor, h, { unanswered }),
  version: { current: ({ h }) => h.version, expected: (input) => input.version },
  run: async ({ trx, loaded: { h }, at, audit }) => {
    const next = HEARING.next(h.status, 'publishAnswers');
    if (!next) return fail('wrong_state');
    await updateHearing(trx, h.id, { status: next, answeredAt: at, at });
    await audit({ action: 'councils.hearing.answered', entityType: 'hearing', entityId: h.id, data: {}, public: true });
    return ok(undefined);
  },
});
