import { hashPassword } from '../../../platform/auth/password.ts';
import type { CommandDeps } from '../../../platform/commands.ts';
import type { Db } from '../../../platform/db/schema.ts';
import { DEFAULT_LOCALE, type Locale } from '../../../platform/i18n/index.ts';
import { ok, type Result } from '../../../platform/kit/index.ts';
import { isGlobalRole } from '../domain.ts';
import { command, fail, type AccountsReason } from '../reasons.ts';
import { findUserByEmail, insertUser } from '../repository.ts';
import { PASSWORD_MIN } from '../schemas.ts';

export interface NewAccount {
  email: string;
  name: string;
  password: string;
  /** Global roles only; defaults to citizen. */
  roles?: string[];
  confirmed?: boolean;
  locale?: Locale;
}
export type CreatedUser = { id: string; email: string; name: string };

/** Postgres (and PGlite) report a unique violation as SQLSTATE 23505. */
const isUniqueViolation = (e: unknown) => (e as { code?: string } | null)?.code === '23505';

/**
 * The row and its audit entry. A self-registration is recorded under the new person; otherwise
 * the actor is the caller (null = system/CLI). `then` runs in the same transaction (the
 * confirmation mail of a registration).
 */
const insertAccount = command({
  run: async (
    { trx, at, audit },
    input: {
      email: string;
      name: string;
      passwordHash: string;
      roles: string[];
      locale: Locale;
      confirmed: boolean;
      selfRegistered: boolean;
      then?: (trx: Db, user: CreatedUser) => Promise<void>;
    },
  ) => {
    const u = await insertUser(trx, {
      email: input.email,
      name: input.name,
      passwordHash: input.passwordHash,
      roles: input.roles,
      locale: input.locale,
      confirmedAt: input.confirmed ? at : null,
    });
    await audit({
      action: input.selfRegistered ? 'user.registered' : 'user.created',
      entityType: 'user',
      entityId: u.id,
      data: { roles: input.roles },
      ...(input.selfRegistered ? { actor: { id: u.id, name: u.name } } : {}),
    });
    await input.then?.(trx, u);
    return ok(u);
  },
});

/**
 * Creates an account. Self-registration (`selfRegistered`) records the new person as the
 * actor of its own audit entry; otherwise the actor is deps.actor (null = system/CLI).
 * `inTransaction` lets registration queue its confirmation mail in the same transaction.
 * The form schemas check input for the web; these checks repeat the rules for the CLI. The
 * password is hashed before the transaction opens (scrypt takes tens of milliseconds).
 *
 * @example await createAccount(deps, { email: 'a@b.kz', name: 'Айгүл', password: 'long enough pw' })
 */
export async function createAccount(
  deps: CommandDeps,
  input: NewAccount,
  opts: { selfRegistered?: boolean; inTransaction?: (trx: Db, user: CreatedUser) => Promise<void> } = {},
): Promise<Result<CreatedUser, AccountsReason>> {
  const email = input.email.trim().toLowerCase();
  const name = input.name.trim();
  const roles = input.roles?.length ? [...new Set(input.roles)] : ['citizen'];
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return fail('email_invalid', 'email');
  if (!name) return fail('name_required', 'name');
  if (input.password.length < PASSWORD_MIN) return fail('password_too_short', 'password');
  if (!roles.every(isGlobalRole)) return fail('not_global_role', 'roles');
  if (await findUserByEmail(deps.db, email)) return fail('email_taken', 'email');

  const passwordHash = await hashPassword(input.password);
  try {
    return await insertAccount(deps, {
      email,
      name,
      passwordHash,
      roles,
      locale: input.locale ?? DEFAULT_LOCALE,
      confirmed: !!input.confirmed,
      selfRegistered: !!opts.selfRegistered,
      then: opts.inTransaction,
    });
  } catch (e) {
    // Two registrations with one address racing past the check above: the unique index decides.
    if (isUniqueViolation(e)) return fail('email_taken', 'email');
    throw e;
  }
}
