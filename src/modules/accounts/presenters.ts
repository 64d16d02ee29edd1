import { ROLES, type Actor } from '../../platform/auth/actor.ts';
import { formatDate, pick, type Locale, type T } from '../../platform/i18n/index.ts';
import type { MeResponse } from './schemas.ts';

/** Row -> view model / API JSON for the accounts module: whitelisted fields, the reader's language. */

type StateBodyRow = { id: string; code: string; name_kk: string; name_ru: string; name_en: string };

export const stateBodyName = (b: StateBodyRow, locale: Locale) =>
  pick({ kk: b.name_kk, ru: b.name_ru, en: b.name_en }, locale);

export const roleLabel = (t: T, role: string) => t(`accounts.roles.${role}`);

/** Role names in the platform's order (citizen first, administrator last), whatever order they were stored in. */
export const roleNames = (t: T, roles: readonly string[]) =>
  (ROLES as readonly string[])
    .filter((r) => roles.includes(r))
    .map((r) => roleLabel(t, r))
    .join(', ');

/** GET /api/v1/me: the person's own record, so the e-mail is shown in full. */
export function presentMe(actor: Actor, bodies: StateBodyRow[], locale: Locale): MeResponse {
  return {
    id: actor.id,
    name: actor.name,
    email: actor.email,
    emailConfirmed: actor.emailConfirmed,
    roles: actor.roles,
    organizations: actor.organizations.map((bin) => ({ bin })),
    stateBodies: bodies.map((b) => ({ id: b.id, code: b.code, name: stateBodyName(b, locale) })),
  };
}

/**
 * A readable name for a device from its User-Agent ("Firefox, Windows"), so a person can
 * tell their sessions apart; the raw string is long and means little to most readers.
 */
export function describeUserAgent(ua: string | null | undefined): string | null {
  if (!ua) return null;
  const browser = [
    ['Edg/', 'Edge'],
    ['OPR/', 'Opera'],
    ['YaBrowser/', 'Yandex Browser'],
    ['Firefox/', 'Firefox'],
    ['Chrome/', 'Chrome'],
    ['Safari/', 'Safari'],
    ['curl/', 'curl'],
  ].find(([needle]) => ua.includes(needle))?.[1];
  const os = [
    ['Android', 'Android'],
    ['iPhone', 'iOS'],
    ['iPad', 'iPadOS'],
    ['Windows', 'Windows'],
    ['Mac OS X', 'macOS'],
    ['CrOS', 'ChromeOS'],
    ['Linux', 'Linux'],
  ].find(([needle]) => ua.includes(needle))?.[1];
  const parts = [browser, os].filter(Boolean);
  return parts.length ? parts.join(', ') : ua.slice(0, 60);
}

export interface SessionView {
  id: string;
  current: boolean;
  device: string | null;
  ip: string | null;
  signedIn: string;
  lastSeen: string;
}

export function presentSession(
  s: { id: string; created_at: Date; last_seen_at: Date; ip: string | null; user_agent: string | null },
  currentId: string | null,
  locale: Locale,
): SessionView {
  return {
    id: s.id,
    current: s.id === currentId,
    device: describeUserAgent(s.user_agent),
    ip: s.ip,
    signedIn: formatDate(s.created_at, locale, true),
    lastSeen: formatDate(s.last_seen_at, locale, true),
  };
}

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  created: string;
  lastUsed: string | null;
}

export function presentApiToken(
  r: { id: string; name: string; prefix: string; created_at: Date; last_used_at: Date | null },
  locale: Locale,
): ApiTokenView {
  return {
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    created: formatDate(r.created_at, locale, true),
    lastUsed: r.last_used_at ? formatDate(r.last_used_at, locale, true) : null,
  };
}

export interface UserListItem {
  id: string;
  name: string;
  email: string;
  roles: string[];
  confirmed: boolean;
  disabled: boolean;
  created: string;
}

/** The administrators' list: administrators manage accounts, so they see the address in full. */
export function presentUserListItem(
  u: {
    id: string;
    name: string;
    email: string;
    roles: string[];
    email_confirmed_at: Date | null;
    disabled_at: Date | null;
    created_at: Date;
  },
  locale: Locale,
): UserListItem {
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    roles: u.roles,
    confirmed: !!u.email_confirmed_at,
    disabled: !!u.disabled_at,
    created: formatDate(u.created_at, locale),
  };
}

/** The person's own account page, from their actor and rows (the e-mail in full: it is their own). */
export function presentAccount(
  actor: Actor,
  rows: {
    sessions: Parameters<typeof presentSession>[0][];
    tokens: Parameters<typeof presentApiToken>[0][];
    bodies: StateBodyRow[];
  },
  currentSession: string | null,
  locale: Locale,
  can: { resendConfirmation: boolean; issueToken: boolean },
) {
  return {
    user: { name: actor.name, email: actor.email, emailConfirmed: actor.emailConfirmed, roles: actor.roles },
    organizations: actor.organizations,
    stateBodies: rows.bodies.map((b) => ({ id: b.id, name: stateBodyName(b, locale) })),
    sessions: rows.sessions.map((s) => presentSession(s, currentSession, locale)),
    tokens: rows.tokens.map((k) => presentApiToken(k, locale)),
    can,
  };
}
export type AccountView = ReturnType<typeof presentAccount>;

/** One person as an administrator sees them, with the choices the forms on the page offer. */
export function presentAdminUser(
  user: {
    id: string;
    name: string;
    email: string;
    roles: string[];
    email_confirmed_at: Date | null;
    created_at: Date;
  },
  memberships: { org_type: string; org_id: string }[],
  bodies: StateBodyRow[],
  allBodies: StateBodyRow[],
  revocable: string[],
  locale: Locale,
) {
  const memberOf = new Set(bodies.map((b) => b.id));
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      roles: user.roles,
      confirmed: !!user.email_confirmed_at,
      created: formatDate(user.created_at, locale),
    },
    organizations: memberships.filter((m) => m.org_type === 'organization').map((m) => m.org_id),
    stateBodies: bodies.map((b) => ({ id: b.id, name: stateBodyName(b, locale) })),
    stateBodyOptions: allBodies
      .filter((b) => !memberOf.has(b.id))
      .map((b) => ({ value: b.id, label: stateBodyName(b, locale) })),
    revocable,
  };
}
export type AdminUserView = ReturnType<typeof presentAdminUser>;
