import { audit } from '../../../platform/audit/index.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { nextForumStatus, type ForumStatus } from '../domain.ts';
import { canAdvanceForum } from '../policy.ts';
import { findForum, setForumStatus } from '../repository.ts';

/**
 * Moves a forum to its next stage (planned → open → deliberation → concluded), with the
 * version the organiser saw. Fails with not_found, not_organiser, concluded or stale.
 * @example await advanceForum(deps, { id, version: 1 })
 */
export async function advanceForum(
  deps: CommandDeps,
  input: { id: string; version: number },
): Promise<Result<{ status: ForumStatus }>> {
  return deps.db.transaction().execute(async (trx) => {
    const forum = await findForum(trx, input.id, { forUpdate: true });
    if (!forum) return fail('not_found');
    const can = canAdvanceForum(deps.actor, forum);
    if (!can.ok) return fail(can.reason);
    if (forum.version !== input.version) return fail('stale');
    const next = nextForumStatus(forum.status)!;
    if (!(await setForumStatus(trx, forum.id, forum.version, next))) return fail('stale');
    await audit(trx, {
      actor: deps.actor,
      action: `forum.forum.${next}`,
      entityType: 'forum',
      entityId: forum.id,
      data: { from: forum.status, to: next },
      isPublic: true,
      requestId: deps.requestId,
    });
    return ok({ status: next });
  });
}
