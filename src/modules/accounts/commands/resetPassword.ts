import { hashPassword } from '../../../platform/auth/password.ts';
import { revokeAllSessions } from '../../../platform/auth/sessions.ts';
import { sha256 } from '../../../platform/auth/tokens.ts';
import type { CommandDeps } from '../../../platform/commands.ts';
import type { Db } from '../../../platform/db/schema.ts';
import { ok, type Result } from '../../../platform/kit/index.ts';
import { emailTokenStatus, type EmailTokenStatus } from '../domain.ts';
import { command, fail, type AccountsReason } from '../reasons.ts';
import { consumeEmailToken, findEmailToken, findUserById, markEmailConfirmed, setPasswordHash } from '../repository.ts';

/** Whether a reset link can still be used; read before showing the new-password form. */
export async function resetLinkStatus(db: Db, token: string): Promise<EmailTokenStatus> {
  return emailTokenStatus(await findEmailToken(db, sha256(token)), 'reset');
}

/**
 * Spends the link in one statement (two uses racing cannot both succeed), sets the password,
 * and signs the person out everywhere. Recorded under the person, who is signed out by now.
 */
const spendResetLink = command({
  run: async ({ trx, audit }, input: { token: string; passwordHash: string }) => {
    const id = await consumeEmailToken(trx, sha256(input.token), 'reset');
    // Lost a race with another use of the same link between the check and the update.
    if (!id) return fail('link_invalid');
    await setPasswordHash(trx, id, input.passwordHash);
    await markEmailConfirmed(trx, id);
    await revokeAllSessions(trx, id);
    const user = await findUserById(trx, id);
    await audit({
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
      actor: user ? { id, name: user.name } : null,
    });
    return ok({ userId: id });
  },
});

/**
 * Sets a new password through a reset link: spends the link, and signs the person out
 * everywhere, because whoever knew the old password may hold a session. Following the
 * mailed link also proves the address, so it is marked confirmed. The password is hashed
 * before the transaction opens. Fails with link_expired or link_invalid.
 * @example await resetPassword(deps, { token, password: 'a new long password' })
 */
export async function resetPassword(
  deps: CommandDeps,
  input: { token: string; password: string },
): Promise<Result<{ userId: string }, AccountsReason>> {
  const status = await resetLinkStatus(deps.db, input.token);
  if (status !== 'valid') return fail(status === 'expired' ? 'link_expired' : 'link_invalid');
  return spendResetLink(deps, { token: input.token, passwordHash: await hashPassword(input.password) });
}
