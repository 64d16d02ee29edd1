import { audit } from '../../../platform/audit/index.ts';
import { ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { findUserByEmail } from '../repository.ts';
import { sendEmailLink } from './sendEmailLink.ts';

/**
 * Mails a one-hour reset link when the address belongs to an active account. The result is
 * the same either way: the page must not reveal whether an address is registered.
 */
export async function requestPasswordReset(
  deps: CommandDeps,
  input: { email: string; locale: Locale; baseUrl: string },
): Promise<Result<void>> {
  const user = await findUserByEmail(deps.db, input.email);
  if (!user || user.disabled_at) return ok(undefined);
  await deps.db.transaction().execute(async (trx) => {
    await sendEmailLink(trx, deps.jobs, { user, purpose: 'reset', locale: input.locale, baseUrl: input.baseUrl });
    await audit(trx, {
      actor: deps.actor,
      action: 'user.password_reset_requested',
      entityType: 'user',
      entityId: user.id,
      requestId: deps.requestId,
    });
  });
  return ok(undefined);
}
