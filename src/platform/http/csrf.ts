/**
 * CSRF tokens (ADR 0008). The browser holds a random secret the server issued, in an httpOnly
 * cookie with the server's MAC (key csrf.cookie); a cookie without a valid MAC (planted, forged, of
 * the old scheme) is never used and is replaced. The form token is a MAC (key csrf.token) of that
 * browser secret and the id of the session the page was rendered for ('' when signed out). Both
 * inputs are the server's own values, so no MAC of client-chosen data is ever handed out, and
 * the keys serve nothing else. Stateless: works for anonymous forms, with JavaScript off, on any
 * instance that has the same QOGAM_SECRET.
 */
import { purposeKey } from '../config/keys.ts';
import { hmac, newToken, safeEqual } from '../auth/tokens.ts';

export const CSRF_COOKIE = 'qcsrf';

/** A new browser secret and the cookie value that carries it. */
export function issueBrowserSecret(secret: string): { browser: string; cookie: string } {
  const browser = newToken(18);
  return { browser, cookie: `${browser}.${hmac(purposeKey(secret, 'csrf.cookie'), browser)}` };
}

/** The browser secret of a cookie the server issued, or null (absent, forged, of the old scheme). */
export function browserSecretOf(secret: string, cookie: string | undefined): string | null {
  if (!cookie || cookie.length > 200) return null;
  const dot = cookie.indexOf('.');
  if (dot < 1) return null;
  const browser = cookie.slice(0, dot);
  return safeEqual(cookie.slice(dot + 1), hmac(purposeKey(secret, 'csrf.cookie'), browser)) ? browser : null;
}

/** The token forms of this browser carry while in this session (sessionId: the sessions row's id). */
export function formToken(secret: string, browser: string, sessionId: string | null | undefined): string {
  return hmac(purposeKey(secret, 'csrf.token'), `${browser}\0${sessionId ?? ''}`);
}

/** Whether a presented token is the one of this browser and one of the given sessions. */
export function tokenMatches(
  secret: string,
  token: string,
  browser: string,
  sessions: (string | null | undefined)[],
): boolean {
  // Every candidate is compared (no early exit), in constant time each.
  return sessions.map((s) => safeEqual(token, formToken(secret, browser, s))).includes(true);
}
