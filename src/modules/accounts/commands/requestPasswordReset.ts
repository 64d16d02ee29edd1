import type { Locale } from '../../../platform/i18n/index.ts';
import { ok } from '../../../platform/kit/index.ts';
import { command } from '../reasons.ts';
import { findUserByEmail } from '../repository.ts';
import { sendEmailLink } from './sendEmailLink.ts';

/**
 * Mails a one-hour reset link when the address belongs to an active account. The result is
 * the same either way: the page must not reveal whether an address is registered.
 * @example await requestPasswordReset(deps, { email: 'aigerim@example.kz', locale: 'kk', baseUrl: 'https://qogam.kz' })
 */
export const requestPasswordReset = command({
  // Never "not found": an unknown address is answered like a known one.
  load: async (trx, input: { email: string; locale: Locale; baseUrl: string }) => ({
    user: await findUserByEmail(trx, input.email),
  }),
  run: async ({ trx, jobs, loaded: { user }, audit, unchanged }, input) => {
    if (!user || user.disabled_at) {
      unchanged();
      return ok(undefined);
    }
    await sendEmailLink(trx, jobs, { user, purpose: 'reset', locale: input.locale, baseUrl: input.baseUrl });
    await audit({ action: 'user.password_reset_requested', entityType: 'user', entityId: user.id });
    return ok(undefined);
  },
});
