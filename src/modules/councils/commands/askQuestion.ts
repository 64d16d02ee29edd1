import { ok } from '../../../platform/kit/result.ts';
import { questionPhase, type QuestionKind } from '../domain.ts';
import { canAskQuestion } from '../policy.ts';
import { command } from '../reasons.ts';
import { insertQuestion, lockHearing } from '../repository/index.ts';

/**
 * A signed-in person sends a question or a proposal online, before the hearing or during it
 * (the phase is recorded); it is public at once and the organiser answers each one.
 * @example await askQuestion(deps, { hearingId, kind: 'proposal', text: 'Аялдаманы көшіруді ұсынамын' })
 */
export const askQuestion = command({
  load: (trx, input: { hearingId: string; kind: QuestionKind; text: string }) => lockHearing(trx, input.hearingId),
  policy: (actor, h) => canAskQuestion(actor, h),
  run: async ({ trx, loaded: h, actor, at, audit }, input) => {
    const row = await insertQuestion(trx, {
      hearing_id: h.id,
      user_id: actor!.id,
      author_name: actor!.name,
      kind: input.kind,
      phase: questionPhase(new Date(h.starts_at), at),
      text: input.text,
      created_at: at,
    });
    await audit({
      action: 'councils.question.asked',
      entityType: 'hearing',
      entityId: h.id,
      data: { question: row.id, kind: input.kind },
    });
    return ok({ id: row.id });
  },
});
