import type { CommandDeps } from '../../../platform/commands.ts';
import type { Locale } from '../../../platform/i18n/index.ts';
import type { Result } from '../../../platform/kit/index.ts';
import type { AccountsReason } from '../reasons.ts';
import type { RegisterForm } from '../schemas.ts';
import { createAccount, type CreatedUser } from './createAccount.ts';
import { sendEmailLink } from './sendEmailLink.ts';

/**
 * Self-registration from the web form: a citizen account plus a confirmation link
 * (48 h), both in one transaction. Signing in is the route's job (it owns the cookie).
 *
 * @example await registerUser(deps, { ...form, locale: 'kk', baseUrl: 'https://qogam.kz' })
 */
export async function registerUser(
  deps: CommandDeps,
  input: RegisterForm & { locale: Locale; baseUrl: string },
): Promise<Result<CreatedUser, AccountsReason>> {
  return createAccount(
    deps,
    { email: input.email, name: input.name, password: input.password, roles: ['citizen'], locale: input.locale },
    {
      selfRegistered: true,
      inTransaction: (trx, user) =>
        sendEmailLink(trx, deps.jobs, { user, purpose: 'confirm', locale: input.locale, baseUrl: input.baseUrl }),
    },
  );
}
