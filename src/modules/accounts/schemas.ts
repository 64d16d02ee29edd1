import { z } from 'zod';
import { GLOBAL_ROLES } from './domain.ts';

/**
 * Zod schemas for every form and endpoint of the accounts module. Messages are i18n keys
 * (translated by fieldErrors); a missing field gets the same message as an empty one,
 * because to the reader both are "you did not fill this in".
 */
const required = (key: string) => z.string({ error: key }).trim().min(1, key);

export const PASSWORD_MIN = 10;
// scrypt hashes any length, but a megabyte "password" would be a cheap way to burn CPU.
const PASSWORD_MAX = 200;

const email = z
  .string({ error: 'accounts.errors.email_required' })
  .trim()
  .toLowerCase()
  .min(1, 'accounts.errors.email_required')
  .max(254, 'accounts.errors.email_invalid')
  .pipe(z.email('accounts.errors.email_invalid'));

const newPassword = z
  .string({ error: 'accounts.errors.password_required' })
  .min(1, 'accounts.errors.password_required')
  .min(PASSWORD_MIN, 'accounts.errors.password_too_short')
  .max(PASSWORD_MAX, 'accounts.errors.password_too_long');

const passwordConfirm = z
  .string({ error: 'accounts.errors.password_confirm_required' })
  .min(1, 'accounts.errors.password_confirm_required');

/** Both the registration and the reset form ask for the new password twice. */
const matching = <T extends { password: string; passwordConfirm: string }>(s: z.ZodType<T>) =>
  s.refine((v) => v.password === v.passwordConfirm, {
    message: 'accounts.errors.password_mismatch',
    path: ['passwordConfirm'],
    // Check the match even when another field failed, so one round trip shows every problem.
    when: (p) =>
      typeof (p.value as any)?.password === 'string' &&
      typeof (p.value as any)?.passwordConfirm === 'string' &&
      (p.value as any).passwordConfirm !== '',
  });

export const registerForm = matching(
  z.object({
    name: required('accounts.errors.name_required').pipe(z.string().max(200, 'accounts.errors.name_too_long')),
    email,
    password: newPassword,
    passwordConfirm,
  }),
);
export type RegisterForm = z.infer<typeof registerForm>;
export const REGISTER_FIELDS = ['name', 'email', 'password', 'passwordConfirm'];

export const loginForm = z.object({
  email,
  // The sign-in form checks only presence: the length rule belongs to choosing a password.
  password: z
    .string({ error: 'accounts.errors.password_required' })
    .min(1, 'accounts.errors.password_required')
    .max(PASSWORD_MAX, 'accounts.errors.password_too_long'),
  /** The page to go back to (checked by the route: same site, not the sign-in pages). */
  returnTo: z.string().optional().catch(undefined),
});

export const loginQuery = z.object({
  returnTo: z.string().max(2000).optional().catch(undefined),
  reason: z.enum(['expired', 'required']).optional().catch(undefined),
});

export const forgotForm = z.object({ email });

export const resetForm = matching(z.object({ password: newPassword, passwordConfirm }));
export const RESET_FIELDS = ['password', 'passwordConfirm'];

/** E-mailed tokens are base64url; anything else cannot be one and is answered as "invalid link". */
export const tokenParams = z.object({ token: z.string().max(200) });

/** A person's address in the administration; an id that is not a uuid is a page that does not exist (404). */
export const userParams = z.object({ id: z.uuid() });

/** `?sent=1` after asking for a reset link. */
export const forgotQuery = z.object({ sent: z.literal('1').optional().catch(undefined) });

export const tokenNameForm = z.object({
  name: required('accounts.errors.token_name_required').pipe(
    z.string().max(100, 'accounts.errors.token_name_too_long'),
  ),
});

export const idForm = z.object({ id: z.string().min(1).max(200) });
export const uuid = z.uuid();

export const adminUsersQuery = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1).default(1),
});

export const roleForm = z.object({ role: z.enum(GLOBAL_ROLES, { error: 'accounts.errors.role_required' }) });

export const stateBodyForm = z.object({ stateBodyId: z.uuid({ error: 'accounts.errors.state_body_required' }) });

/** GET /api/v1/me */
export const meResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  emailConfirmed: z.boolean(),
  roles: z.array(z.string()),
  organizations: z.array(z.object({ bin: z.string() })),
  stateBodies: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
});
export type MeResponse = z.infer<typeof meResponse>;
