import { sha256 } from '../../../platform/auth/tokens.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import { ok } from '../../../platform/kit/index.ts';
import { emailTokenStatus } from '../domain.ts';
import { canResendConfirmation } from '../policy.ts';
import { allow, command, deny, fail } from '../reasons.ts';
import { consumeEmailToken, findEmailToken, findUserById, markEmailConfirmed } from '../repository.ts';
import { sendEmailLink } from './sendEmailLink.ts';

/**
 * Spends a confirmation link and marks the address confirmed. Fails with link_expired or
 * link_invalid (unknown, superseded or already used) so the page can say which. Whoever follows
 * the link while signed out is recorded as the person it confirms.
 * @example await confirmEmail(deps, { token })
 */
export const confirmEmail = command({
  load: async (trx, input: { token: string }) => ({ row: await findEmailToken(trx, sha256(input.token)) }),
  run: async ({ trx, loaded, actor, at, audit }, input) => {
    const id = await consumeEmailToken(trx, sha256(input.token), 'confirm');
    if (!id) return fail(emailTokenStatus(loaded.row, 'confirm', at) === 'expired' ? 'link_expired' : 'link_invalid');
    await markEmailConfirmed(trx, id);
    const user = await findUserById(trx, id);
    await audit({
      action: 'user.email_confirmed',
      entityType: 'user',
      entityId: id,
      ...(actor ? {} : { actor: user ? { id, name: user.name } : null }),
    });
    return ok({ userId: id });
  },
});

/**
 * Sends a fresh confirmation link to the signed-in person (the older links stop working).
 * Fails with already_confirmed.
 * @example await resendConfirmation(deps, { locale: 'kk', baseUrl: 'https://qogam.kz' })
 */
export const resendConfirmation = command({
  policy: (actor) => (canResendConfirmation(actor) ? allow : deny('already_confirmed')),
  run: async ({ trx, jobs, actor }, input: { locale: Locale; baseUrl: string }) => {
    const a = actor!;
    await sendEmailLink(trx, jobs, {
      user: { id: a.id, email: a.email, name: a.name },
      purpose: 'confirm',
      locale: input.locale,
      baseUrl: input.baseUrl,
    });
    return ok(undefined);
  },
  // A new link changes nothing about the account (the queued mail is its trace), as before the kit.
  audit: 'none',
});
