import { ROLES, type Role } from '../../platform/auth/actor.ts';

/** Every role, in the order the account page lists them. */
export const ALL_ROLES = ROLES;

/**
 * Roles an administrator grants directly. ngo_representative and official are not here:
 * they follow from memberships (platform/auth/sessions.ts actorFor), so granting them by
 * hand would make a person an "official" of no body.
 */
export const GLOBAL_ROLES = [
  'citizen',
  'grant_operator',
  'expert',
  'moderator',
  'administrator',
] as const satisfies readonly Role[];
export type GlobalRole = (typeof GLOBAL_ROLES)[number];
export const isGlobalRole = (r: string): r is GlobalRole => (GLOBAL_ROLES as readonly string[]).includes(r);

export type EmailTokenPurpose = 'confirm' | 'reset';

const HOUR = 3_600_000;
/** A confirmation link waits two days (mail is slow in places); a reset link is a key to the account, so one hour. */
export const EMAIL_TOKEN_LIFETIME_MS: Record<EmailTokenPurpose, number> = { confirm: 48 * HOUR, reset: 1 * HOUR };

export type EmailTokenStatus = 'valid' | 'expired' | 'invalid';

/**
 * What an e-mailed link is worth now. A used link and an unknown one read the same
 * ("invalid") so the page does not tell a guesser which tokens once existed.
 *
 * @example emailTokenStatus({ purpose: 'reset', expires_at, used_at: null }, 'reset') // 'valid'
 */
export function emailTokenStatus(
  row: { purpose: string; expires_at: Date | string; used_at: Date | string | null } | undefined,
  purpose: EmailTokenPurpose,
  now: Date = new Date(),
): EmailTokenStatus {
  if (!row || row.purpose !== purpose || row.used_at) return 'invalid';
  return new Date(row.expires_at).getTime() <= now.getTime() ? 'expired' : 'valid';
}

/** Roles as stored after a grant or a revocation; order follows ALL_ROLES so the list reads the same everywhere. */
export function withRole(roles: readonly string[], role: GlobalRole, op: 'grant' | 'revoke'): string[] {
  const set = new Set(roles);
  if (op === 'grant') set.add(role);
  else set.delete(role);
  return (ALL_ROLES as readonly string[]).filter((r) => set.has(r));
}
