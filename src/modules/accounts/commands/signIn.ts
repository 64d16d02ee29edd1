import { hashPassword, verifyPassword } from '../../../platform/auth/password.ts';
import { createSession } from '../../../platform/auth/sessions.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { canSignIn } from '../policy.ts';
import { findUserByEmail } from '../repository.ts';

// Checking a password against this when the address is unknown makes both failures take
// the same scrypt time, so response timing does not reveal which addresses have accounts.
let dummyHash: Promise<string> | undefined;

/**
 * Checks the e-mail and password and opens a session; returns the cookie token.
 * Unknown address and wrong password are one failure, 'invalid_credentials'.
 * 'disabled' is told only to someone who knew the password.
 */
export async function signIn(
  deps: CommandDeps,
  input: { email: string; password: string; ip?: string; userAgent?: string },
): Promise<Result<{ token: string; userId: string }>> {
  const user = await findUserByEmail(deps.db, input.email);
  if (!user) {
    await verifyPassword(input.password, await (dummyHash ??= hashPassword('qogam-timing-equaliser')));
    return fail('invalid_credentials');
  }
  if (!(await verifyPassword(input.password, user.password_hash))) return fail('invalid_credentials');
  const can = canSignIn({ disabledAt: user.disabled_at });
  if (!can.ok) return fail(can.reason);
  const token = await createSession(deps.db, user.id, { ip: input.ip, userAgent: input.userAgent });
  return ok({ token, userId: user.id });
}
