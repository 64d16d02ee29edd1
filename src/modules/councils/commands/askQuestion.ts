import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { questionPhase, type QuestionKind } from '../domain.ts';
import { canAskQuestion } from '../policy.ts';
import { lockHearing } from '../repository.ts';

/**
 * A signed-in person sends a question or a proposal online, before the hearing or during it
 * (the phase is recorded); it is public at once and the organiser answers each one.
 * @example await askQuestion(deps, { hearingId, kind: 'proposal', text: 'Аялдаманы көшіруді ұсынамын' })
 */
export async function askQuestion(
  deps: CommandDeps,
  input: { hearingId: string; kind: QuestionKind; text: string },
  at = new Date(),
): Promise<Result<{ id: string }>> {
  const actor = deps.actor;
  return deps.db.transaction().execute(async (trx) => {
    const h = await lockHearing(trx, input.hearingId);
    if (!h) return fail('not_found');
    const d = canAskQuestion(actor, h);
    if (!d.ok) return fail(d.reason);
    const row = await trx
      .insertInto('hearing_questions')
      .values({
        hearing_id: h.id,
        user_id: actor!.id,
        author_name: actor!.name,
        kind: input.kind,
        phase: questionPhase(new Date(h.starts_at), at),
        text: input.text,
        created_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actor,
      action: 'councils.question.asked',
      entityType: 'hearing',
      entityId: h.id,
      data: { question: row.id, kind: input.kind },
      requestId: deps.requestId,
    });
    return ok({ id: row.id });
  });
}
