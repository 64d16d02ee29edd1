import type { Kysely } from 'kysely';
import { audit } from '../../../platform/audit/index.ts';
import { hashPassword } from '../../../platform/auth/password.ts';
import { fail, ok, type CommandDeps, type Result } from '../../../platform/commands.ts';
import { DEFAULT_LOCALE, type Locale } from '../../../platform/i18n/index.ts';
import { isGlobalRole } from '../domain.ts';
import { PASSWORD_MIN } from '../schemas.ts';
import { findUserByEmail, insertUser } from '../repository.ts';
import type { Db } from '../../../platform/db/schema.ts';

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
 * Creates an account. Self-registration (`selfRegistered`) records the new person as the
 * actor of its own audit entry; otherwise the actor is deps.actor (null = system/CLI).
 * `inTransaction` lets registration queue its confirmation mail in the same transaction.
 * The form schemas check input for the web; these checks repeat the rules for the CLI.
 *
 * @example await createAccount(deps, { email: 'a@b.kz', name: 'Айгүл', password: 'long enough pw' })
 */
export async function createAccount(
  deps: CommandDeps,
  input: NewAccount,
  opts: { selfRegistered?: boolean; inTransaction?: (trx: Db, user: CreatedUser) => Promise<void> } = {},
): Promise<Result<CreatedUser>> {
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
    const user = await deps.db.transaction().execute(async (trx) => {
      const u = await insertUser(trx, {
        email,
        name,
        passwordHash,
        roles,
        locale: input.locale ?? DEFAULT_LOCALE,
        confirmedAt: input.confirmed ? new Date() : null,
      });
      await audit(trx, {
        actor: opts.selfRegistered ? { id: u.id, name: u.name } : deps.actor,
        action: opts.selfRegistered ? 'user.registered' : 'user.created',
        entityType: 'user',
        entityId: u.id,
        data: { roles },
        requestId: deps.requestId,
      });
      await opts.inTransaction?.(trx, u);
      return u;
    });
    return ok(user);
  } catch (e) {
    // Two registrations with one address racing past the check above: the unique index decides.
    if (isUniqueViolation(e)) return fail('email_taken', 'email');
    throw e;
  }
}
