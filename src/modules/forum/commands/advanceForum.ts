import { ok } from '../../../platform/kit/index.ts';
import { advanceEvent, FORUM, type ForumStatus } from '../domain.ts';
import { canAdvanceForum } from '../policy.ts';
import { command, fail } from '../reasons.ts';
import { findForum, setForumStatus } from '../repository/index.ts';

/**
 * Moves a forum to its next stage (planned → open → deliberation → concluded), with the
 * version the organiser saw. Fails with not_found, not_organiser, concluded or stale.
 * @example await advanceForum(deps, { id, version: 1 })
 */
export const advanceForum = command({
  load: (trx, input: { id: string; version: number }) => findForum(trx, input.id, { forUpdate: true }),
  policy: (actor, forum) => canAdvanceForum(actor, forum),
  version: { current: (forum) => forum.version, expected: (input) => input.version },
  run: async ({ trx, loaded: forum, audit }) => {
    const event = advanceEvent(forum.status);
    const next = event && FORUM.next(forum.status, event);
    if (!next) return fail('concluded');
    if (!(await setForumStatus(trx, forum.id, forum.version, next))) return fail('stale');
    await audit({
      action: `forum.forum.${next}`,
      entityType: 'forum',
      entityId: forum.id,
      data: { from: forum.status, to: next },
      public: true,
    });
    return ok({ status: next as ForumStatus });
  },
});
