import { hashPassword, verifyPassword } from '../../../platform/auth/password.ts';
import { createSession } from '../../../platform/auth/sessions.ts';
import type { CommandDeps } from '../../../platform/commands.ts';
import { ok, type Result } from '../../../platform/kit/index.ts';
import { canSignIn } from '../policy.ts';
import { command, deny, fail, type AccountsReason } from '../reasons.ts';
import { findUserByEmail, findUserById } from '../repository.ts';

// Checking a password against this when the address is unknown makes both failures take
// the same scrypt time, so response timing does not reveal which addresses have accounts.
let dummyHash: Promise<string> | undefined;

type SessionMeta = { ip?: string; userAgent?: string };

/**
 * Opens a session for a person who proved who they are. A disabled account is refused here,
 * after the password, so the refusal tells nothing to someone who did not know it.
 */
const openSession = command({
  load: (trx, input: { userId: string } & SessionMeta) => findUserById(trx, input.userId),
  policy: (_actor, user) => {
    const can = canSignIn({ disabledAt: user.disabled_at });
    return can.ok ? can : deny(can.reason, 'email');
  },
  run: async ({ trx, loaded: user }, input) =>
    ok({ token: await createSession(trx, user.id, { ip: input.ip, userAgent: input.userAgent }), userId: user.id }),
  // The session row is the record of a sign-in (the account page lists it with device and IP),
  // and no entry was written for one before the kit.
  audit: 'none',
});

/**
 * Checks the e-mail and password and opens a session; returns the cookie token. Unknown
 * address and wrong password are one failure, 'invalid_credentials'; 'disabled' is told only
 * to someone who knew the password; both belong next to the e-mail field. The password is
 * checked before any transaction opens (scrypt takes tens of milliseconds).
 * @example const r = await signIn(deps, { email: 'aigerim@example.kz', password, ip: req.ip })
 */
export async function signIn(
  deps: CommandDeps,
  input: { email: string; password: string } & SessionMeta,
): Promise<Result<{ token: string; userId: string }, AccountsReason>> {
  const user = await findUserByEmail(deps.db, input.email);
  if (!user) {
    await verifyPassword(input.password, await (dummyHash ??= hashPassword('qogam-timing-equaliser')));
    return fail('invalid_credentials', 'email');
  }
  if (!(await verifyPassword(input.password, user.password_hash))) return fail('invalid_credentials', 'email');
  return openSession(deps, { userId: user.id, ip: input.ip, userAgent: input.userAgent });
}
