import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { hearingTransition, unansweredCount } from '../domain.ts';
import { canPublishAnswers } from '../policy.ts';
import { hearingQuestions, lockHearing } from '../repository.ts';
import { updateIfVersion } from './shared.ts';

/**
 * Publishes the organiser's response: allowed only when every visible question and proposal
 * has its answer (fails with 'unanswered' otherwise).
 * @example await publishHearingAnswers(deps, { id, version: 2 })
 */
export async function publishHearingAnswers(
  deps: CommandDeps,
  input: { id: string; version: number },
  at = new Date(),
): Promise<Result<void>> {
  return deps.db.transaction().execute(async (trx) => {
    const h = await lockHearing(trx, input.id);
    if (!h) return fail('not_found');
    const unanswered = unansweredCount(await hearingQuestions(trx, h.id));
    const d = canPublishAnswers(deps.actor, h, { unanswered });
    if (!d.ok) return fail(d.reason);
    if (
      !(await updateIfVersion(trx, 'hearings', h.id, input.version, {
        status: hearingTransition(h.status, 'publishAnswers')!,
        answered_at: at,
        updated_at: at,
      }))
    )
      return fail('stale');
    await audit(trx, {
      actor: deps.actor,
      action: 'councils.hearing.answered',
      entityType: 'hearing',
      entityId: h.id,
      data: {},
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok(undefined);
  });
}
