import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { transition } from '../domain.ts';
import { canPublishSummary } from '../policy.ts';
import { countUnanswered, findDraft, findVersion, updateDraft, updateVersion } from '../repository.ts';
import { closeIfDue } from './closeDiscussion.ts';

/**
 * The developer publishes the summary table of comments and answers of the closed discussion;
 * refused with 'unanswered' while any comment on the version has no answer.
 * @example await publishSummary(deps, { id })
 */
export async function publishSummary(
  deps: CommandDeps,
  input: { id: string },
  now = new Date(),
): Promise<Result<{ comments: number }>> {
  return deps.db.transaction().execute(async (trx) => {
    const draft = await findDraft(trx, input.id, { forUpdate: true });
    if (!draft) return fail('not_found');
    const version = (await findVersion(trx, draft.id, draft.current_version))!;
    const counts = await countUnanswered(trx, version.id);
    const decision = canPublishSummary(deps.actor, draft, counts, now);
    if (!decision.ok) return fail(decision.reason);
    // The period has run out but the closing job may not have run yet: record the close first.
    await closeIfDue(trx, draft, now, deps.requestId);
    const next = transition(draft.status, 'publishSummary');
    if (!next) return fail('state_publishSummary');
    await updateDraft(trx, draft.id, draft.lock_version, {
      status: next,
      summary_published_at: now,
      updated_at: now,
    });
    await updateVersion(trx, version.id, { summary_published_at: now });
    await audit(trx, {
      actor: deps.actor,
      action: 'legislation.summary.published',
      entityType: 'legislation_draft',
      entityId: draft.id,
      data: { version: draft.current_version, comments: counts.total },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ comments: counts.total });
  });
}
