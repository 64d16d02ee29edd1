import { audit } from '../../../platform/audit/index.ts';
import { hashPassword } from '../../../platform/auth/password.ts';
import { revokeAllSessions } from '../../../platform/auth/sessions.ts';
import { sha256 } from '../../../platform/auth/tokens.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { emailTokenStatus, type EmailTokenStatus } from '../domain.ts';
import {
  consumeEmailToken,
  findEmailToken,
  findUserById,
  markEmailConfirmed,
  setPasswordHash,
  type Db,
} from '../repository.ts';

/** Whether a reset link can still be used; read before showing the new-password form. */
export async function resetLinkStatus(db: Db, token: string): Promise<EmailTokenStatus> {
  return emailTokenStatus(await findEmailToken(db, sha256(token)), 'reset');
}

/**
 * Sets a new password through a reset link: spends the link, and signs the person out
 * everywhere, because whoever knew the old password may hold a session. Following the
 * mailed link also proves the address, so it is marked confirmed.
 */
export async function resetPassword(
  deps: CommandDeps,
  input: { token: string; password: string },
): Promise<Result<{ userId: string }>> {
  const status = await resetLinkStatus(deps.db, input.token);
  if (status !== 'valid') return fail(status);
  const passwordHash = await hashPassword(input.password);
  const userId = await deps.db.transaction().execute(async (trx) => {
    const db = trx;
    const id = await consumeEmailToken(db, sha256(input.token), 'reset');
    if (!id) return undefined;
    await setPasswordHash(db, id, passwordHash);
    await markEmailConfirmed(db, id);
    await revokeAllSessions(db, id);
    const user = await findUserById(db, id);
    await audit(trx, {
      actor: user ? { id, name: user.name } : null,
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
      requestId: deps.requestId,
    });
    return id;
  });
  // Lost a race with another use of the same link between the check and the update.
  return userId ? ok({ userId }) : fail('invalid');
}
