import { hasRole, type Actor } from '../../platform/auth/actor.ts';
import type { Verdict } from '../../platform/kit/index.ts';
import { isGlobalRole } from './domain.ts';
import { allow, deny, type AccountsReason } from './reasons.ts';

type Decision = Verdict<AccountsReason>;

/**
 * Pure rules of the accounts module. Deny by default; routes call these after loading
 * the resource, and views receive their answers so buttons follow the same rules.
 */

/**
 * Only administrators search people and change their roles and memberships.
 * @example canManageUsers(admin) // true
 */
export const canManageUsers = (actor: Actor | null): boolean => hasRole(actor, 'administrator');

/** A person ends only their own sessions; an administrator who must cut someone off disables the account instead. */
export const canRevokeSession = (actor: Actor | null, session: { userId: string }): boolean =>
  !!actor && actor.id === session.userId;

/** Personal access tokens belong to one person; nobody else may see or revoke them. */
export const canRevokeApiToken = (actor: Actor | null, token: { userId: string }): boolean =>
  !!actor && actor.id === token.userId;

/**
 * Tokens are made only from a browser session: a leaked token must not be able to mint
 * fresh tokens that outlive its own revocation.
 */
export const canIssueApiToken = (actor: Actor | null): boolean => !!actor && actor.via === 'session';

/** A new confirmation link is useful only to someone signed in whose address is not confirmed yet. */
export const canResendConfirmation = (actor: Actor | null): boolean => !!actor && !actor.emailConfirmed;

/** Disabled accounts cannot sign in; the reason is shown only after a correct password, so it reveals nothing. */
export const canSignIn = (user: { disabledAt: Date | string | null }): Decision =>
  user.disabledAt ? deny('disabled') : allow;

/**
 * Granting a role: administrators only, and only the roles that are granted by hand.
 * @example canGrantRole(admin, 'expert') // { ok: true }
 */
export function canGrantRole(actor: Actor | null, role: string): Decision {
  if (!canManageUsers(actor)) return deny('forbidden');
  if (!isGlobalRole(role)) return deny('not_global_role');
  return allow;
}

/**
 * Revoking a role. An administrator cannot drop their own administrator role: that is how
 * the last administrator locks everyone out; another administrator must do it.
 * @example canRevokeRole(admin, { id: admin.id }, 'administrator') // { ok: false, reason: 'own_admin_role' }
 */
export function canRevokeRole(actor: Actor | null, target: { id: string }, role: string): Decision {
  const g = canGrantRole(actor, role);
  if (!g.ok) return g;
  if (actor!.id === target.id && role === 'administrator') return deny('own_admin_role');
  return allow;
}

/** Memberships of state bodies make someone an official; the same gate as roles. */
export const canAddMembership = (actor: Actor | null): Decision => (canManageUsers(actor) ? allow : deny('forbidden'));
