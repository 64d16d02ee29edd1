import { ok } from '../../../platform/kit/index.ts';
import { answeredOnTime, APPEAL_LIFECYCLE, todayIn } from '../domain.ts';
import { canAnswerAppeal } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { lockAppeal, updateAppeal } from '../repository/index.ts';
import { appealNote, mailUser } from './shared.ts';

/**
 * Answers the appeal. `version` is the one the official's form was read at: when a colleague
 * changed the appeal since, the answer is refused with 'stale' (and the form keeps the text).
 * @example const r = await answerAppeal(deps, { id, answer, version: 2 }); if (!r.ok && r.reason === 'stale') // show the conflict
 */
export const answerAppeal = command({
  load: (trx, input: { id: string; answer: string; version: number }) => lockAppeal(trx, input.id),
  policy: (actor, a) => canAnswerAppeal(actor, a),
  version: { current: (a) => a.version, expected: (input) => input.version },
  run: async ({ trx, loaded: a, actor, at, jobs, audit }, input) => {
    const next = APPEAL_LIFECYCLE.next(a.status, 'answer');
    if (!next) return fail('bad_transition');
    const answeredOn = todayIn(at);
    await updateAppeal(trx, a.id, {
      status: next,
      answer: input.answer,
      answered_at: at,
      answered_on: answeredOn,
      answered_by: actor!.id,
    });
    const onTime = answeredOnTime({ due_on: a.due_on, answered_on: answeredOn });
    await audit(appealNote('answered', a.number, { onTime, dueOn: a.due_on }));
    await mailUser(trx, jobs, a.citizen_id, 'answered', { number: a.number });
    return ok({ onTime });
  },
});
