import { revokeAllSessions, revokeSession } from '../../../platform/auth/sessions.ts';
import { ok } from '../../../platform/kit/index.ts';
import { canRevokeSession } from '../policy.ts';
import { allow, command, deny } from '../reasons.ts';
import { findSession } from '../repository.ts';

/**
 * Ends one of the actor's own sessions (a lost phone, a shared computer).
 * @example await revokeOwnSession(deps, sessionId)
 */
export const revokeOwnSession = command({
  load: (trx, sessionId: string) => findSession(trx, sessionId),
  // Someone else's session reads as "not found": its existence is not the actor's business.
  policy: (actor, s) => (canRevokeSession(actor, { userId: s.user_id }) ? allow : deny('not_found')),
  run: async ({ trx, loaded: s, audit, unchanged }) => {
    if (s.revoked_at) {
      unchanged();
      return ok(undefined);
    }
    await revokeSession(trx, s.id);
    await audit({ action: 'user.session_revoked', entityType: 'user', entityId: s.user_id });
    return ok(undefined);
  },
});

/**
 * Ends every session of the actor, this one included ("sign out everywhere").
 * @example await revokeEverySession(deps)
 */
export const revokeEverySession = command({
  policy: (actor) => (actor ? allow : deny('forbidden')),
  run: async ({ trx, actor, audit }, _: void) => {
    await revokeAllSessions(trx, actor!.id);
    await audit({ action: 'user.sessions_revoked_all', entityType: 'user', entityId: actor!.id });
    return ok(undefined);
  },
});
