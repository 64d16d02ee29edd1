import { audit } from '../../../platform/audit/index.ts';
import { sha256 } from '../../../platform/auth/tokens.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { emailTokenStatus } from '../domain.ts';
import { canResendConfirmation } from '../policy.ts';
import { consumeEmailToken, findEmailToken, findUserById, markEmailConfirmed } from '../repository.ts';
import { sendEmailLink } from './sendEmailLink.ts';

/**
 * Spends a confirmation link and marks the address confirmed. Fails with 'expired' or
 * 'invalid' (unknown or already used) so the page can say which.
 */
export async function confirmEmail(deps: CommandDeps, token: string): Promise<Result<{ userId: string }>> {
  const hash = sha256(token);
  const userId = await deps.db.transaction().execute(async (trx) => {
    const id = await consumeEmailToken(trx, hash, 'confirm');
    if (!id) return undefined;
    await markEmailConfirmed(trx, id);
    const user = await findUserById(trx, id);
    await audit(trx, {
      actor: deps.actor ?? (user ? { id, name: user.name } : null),
      action: 'user.email_confirmed',
      entityType: 'user',
      entityId: id,
      requestId: deps.requestId,
    });
    return id;
  });
  if (userId) return ok({ userId });
  const status = emailTokenStatus(await findEmailToken(deps.db, hash), 'confirm');
  return fail(status === 'expired' ? 'expired' : 'invalid');
}

/** Sends a fresh confirmation link to the signed-in person (the older links stop working). */
export async function resendConfirmation(
  deps: CommandDeps,
  input: { locale: Locale; baseUrl: string },
): Promise<Result<void>> {
  const actor = deps.actor;
  if (!actor || !canResendConfirmation(actor)) return fail('already_confirmed');
  await deps.db.transaction().execute((trx) =>
    sendEmailLink(trx, deps.jobs, {
      user: { id: actor.id, email: actor.email, name: actor.name },
      purpose: 'confirm',
      locale: input.locale,
      baseUrl: input.baseUrl,
    }),
  );
  return ok(undefined);
}
