import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canModerateQuestion } from '../policy.ts';
import { findQuestion, lockHearing } from '../repository.ts';

/**
 * Light moderation: an organiser's official or a moderator hides an abusive or off-topic post
 * with a public reason (the text is no longer shown; the fact and the reason are).
 * @example await hideQuestion(deps, { id, reason: 'Тақырыпқа қатысы жоқ' })
 */
export async function hideQuestion(deps: CommandDeps, input: { id: string; reason: string }): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const q = await findQuestion(trx, input.id, { forUpdate: true });
    if (!q) return fail('not_found');
    const h = (await lockHearing(trx, q.hearing_id))!;
    const d = canModerateQuestion(deps.actor, h, q);
    if (!d.ok) return fail(d.reason);
    await trx
      .updateTable('hearing_questions')
      .set({ hidden: true, hidden_reason: input.reason })
      .where('id', '=', q.id)
      .execute();
    await audit(trx, {
      actor: deps.actor,
      action: 'councils.question.hidden',
      entityType: 'hearing',
      entityId: h.id,
      data: { question: q.id, reason: input.reason },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
