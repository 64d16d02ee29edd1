import type { Verdict } from '../kit/result.ts';
import type { Actor, Role } from '../auth/actor.ts';
import type { RoutePolicy } from '../http/types.ts';

/** Route gates. Deny by default: a route without one fails the route-policy test. */
export const PUBLIC: RoutePolicy = 'public';
export const SIGNED_IN: RoutePolicy = { name: 'signedIn', allow: (a) => !!a };
export const anyRole = (...roles: Role[]): RoutePolicy => ({
  name: `role:${roles.join('|')}`,
  allow: (a: Actor | null) => !!a && roles.some((r) => a.roles.includes(r)),
});

/** A policy answer: allowed, or the reason (an i18n key) it is not — the kit's Verdict, untyped reasons. */
export type Decision = Verdict<string>;
export const allow: Decision = { ok: true };
export const deny = (reason: string): Decision => ({ ok: false, reason });
