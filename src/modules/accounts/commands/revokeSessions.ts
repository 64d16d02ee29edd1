import { audit } from '../../../platform/audit/index.ts';
import { revokeAllSessions, revokeSession } from '../../../platform/auth/sessions.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canRevokeSession } from '../policy.ts';
import { findSession } from '../repository.ts';

/** Ends one of the actor's own sessions (a lost phone, a shared computer). */
export async function revokeOwnSession(deps: CommandDeps, sessionId: string): Promise<Result<void>> {
  const s = await findSession(deps.db, sessionId);
  // Someone else's session reads as "not found": its existence is not the actor's business.
  if (!s || !canRevokeSession(deps.actor, { userId: s.user_id })) return fail('not_found');
  if (s.revoked_at) return ok(undefined);
  await deps.db.transaction().execute(async (trx) => {
    await revokeSession(trx, s.id);
    await audit(trx, {
      actor: deps.actor,
      action: 'user.session_revoked',
      entityType: 'user',
      entityId: s.user_id,
      requestId: deps.requestId,
    });
  });
  return ok(undefined);
}

/** Ends every session of the actor, this one included ("sign out everywhere"). */
export async function revokeEverySession(deps: CommandDeps): Promise<Result<void>> {
  const actor = deps.actor;
  if (!actor) return fail('forbidden');
  await deps.db.transaction().execute(async (trx) => {
    await revokeAllSessions(trx, actor.id);
    await audit(trx, {
      actor,
      action: 'user.sessions_revoked_all',
      entityType: 'user',
      entityId: actor.id,
      requestId: deps.requestId,
    });
  });
  return ok(undefined);
}
