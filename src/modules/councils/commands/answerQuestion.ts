import { ok } from '../../../platform/kit/result.ts';
import { canAnswerQuestion } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findQuestion, lockHearing, saveAnswer } from '../repository/index.ts';

export type AnswerOutcome = 'accepted' | 'partly_accepted' | 'rejected' | 'answered';

/**
 * The organiser answers a question, or a proposal (accepted, partly accepted or rejected, with
 * reasons). An answer may be corrected until the response is published; the version guards
 * against two officials overwriting each other.
 * @example await answerQuestion(deps, { id, version: 1, outcome: 'accepted', answer: 'Жобаға енгізілді' })
 */
export const answerQuestion = command({
  load: async (trx, input: { id: string; version: number; outcome: AnswerOutcome; answer: string }) => {
    const q = await findQuestion(trx, input.id, { forUpdate: true });
    return q && { q, h: (await lockHearing(trx, q.hearing_id))! };
  },
  policy: (actor, { h, q }) => canAnswerQuestion(actor, h, q),
  version: { current: ({ q }) => q.version, expected: (input) => input.version },
  run: async ({ trx, loaded: { q, h }, actor, at, audit }, input) => {
    // A question is answered; a proposal is accepted, partly accepted or rejected.
    if ((q.kind === 'question') !== (input.outcome === 'answered')) return fail('wrong_outcome', 'outcome');
    await saveAnswer(trx, q.id, { answer: input.answer, outcome: input.outcome, at, by: actor!.id });
    await audit({
      action: 'councils.question.answered',
      entityType: 'hearing',
      entityId: h.id,
      data: { question: q.id, outcome: input.outcome },
      public: true,
    });
    return ok(undefined);
  },
});
