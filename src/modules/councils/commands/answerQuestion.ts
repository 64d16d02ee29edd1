import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canAnswerQuestion } from '../policy.ts';
import { findQuestion, lockHearing } from '../repository.ts';
import { updateIfVersion } from './shared.ts';

export type AnswerOutcome = 'accepted' | 'partly_accepted' | 'rejected' | 'answered';

/**
 * The organiser answers a question, or a proposal (accepted, partly accepted or rejected, with
 * reasons). An answer may be corrected until the response is published; the version guards
 * against two officials overwriting each other.
 * @example await answerQuestion(deps, { id, version: 1, outcome: 'accepted', answer: 'Жобаға енгізілді' })
 */
export async function answerQuestion(
  deps: CommandDeps,
  input: { id: string; version: number; outcome: AnswerOutcome; answer: string },
  at = new Date(),
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const q = await findQuestion(trx, input.id);
    if (!q) return fail('not_found');
    const h = (await lockHearing(trx, q.hearing_id))!;
    const d = canAnswerQuestion(deps.actor, h, q);
    if (!d.ok) return fail(d.reason);
    // A question is answered; a proposal is accepted, partly accepted or rejected.
    if ((q.kind === 'question') !== (input.outcome === 'answered')) return fail('wrong_outcome', 'outcome');
    if (
      !(await updateIfVersion(trx, 'hearing_questions', q.id, input.version, {
        answer: input.answer,
        outcome: input.outcome,
        answered_at: at,
        answered_by: deps.actor!.id,
      }))
    )
      return fail('stale');
    await audit(trx, {
      actor: deps.actor,
      action: 'councils.question.answered',
      entityType: 'hearing',
      entityId: h.id,
      data: { question: q.id, outcome: input.outcome },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
