import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { answeredOnTime, todayIn, transition } from '../domain.ts';
import { canWorkAppeal } from '../policy.ts';
import { lockAppeal, updateAppealIfVersion } from '../repository.ts';
import { auditAppeal, mailUser } from './shared.ts';

/**
 * Answers the appeal. `version` is the one the official's form was read at: when a colleague
 * changed the appeal since, the answer is refused with 'stale' (and the form keeps the text).
 * @example const r = await answerAppeal(deps, { id, answer, version: 2 }); if (!r.ok && r.reason === 'stale') // show the conflict
 */
export async function answerAppeal(
  deps: CommandDeps,
  input: { id: string; answer: string; version: number },
  now = new Date(),
): Promise<Result<{ onTime: boolean }>> {
  return deps.db.transaction().execute(async (trx) => {
    const a = await lockAppeal(trx, input.id);
    if (!a) return fail('not_found');
    const can = canWorkAppeal(deps.actor, a);
    if (!can.ok) return fail(can.reason);
    const next = transition(a.status, 'answer');
    if (!next) return fail(a.status === 'answered' || a.status === 'rated' ? 'already_answered' : 'bad_transition');
    const answeredOn = todayIn(now);
    const saved = await updateAppealIfVersion(trx, a.id, input.version, {
      status: next,
      answer: input.answer,
      answered_at: now,
      answered_on: answeredOn,
      answered_by: deps.actor!.id,
    });
    if (!saved) return fail('stale');
    const onTime = answeredOnTime({ due_on: a.due_on, answered_on: answeredOn });
    await auditAppeal(trx, deps.actor, 'answered', a.number, { onTime, dueOn: a.due_on }, deps.requestId);
    await mailUser(trx, deps.jobs, a.citizen_id, 'answered', { number: a.number });
    return ok({ onTime });
  });
}
