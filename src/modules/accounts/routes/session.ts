import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createSession, revokeSession, SESSION_COOKIE, SESSION_DAYS } from '../../../platform/auth/sessions.ts';
import { safeReturn } from '../../../platform/http/context.ts';
import { limit } from '../../../platform/http/rateLimits.ts';

/** HTTP plumbing of the accounts routes: the session cookie, the rate limit, the return address. */

/**
 * httpOnly keeps the token from scripts; SameSite=Lax keeps it off cross-site POSTs but on
 * links from a mail; Secure in production. It lives as long as the session row may.
 */
export function setSessionCookie(app: FastifyInstance, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: app.config.production,
    maxAge: SESSION_DAYS * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/**
 * Starts a session for a person who proved who they are; a session already on this browser is
 * ended first. `token` is a session the sign-in opened already.
 */
export async function startSession(req: FastifyRequest, reply: FastifyReply, userId: string, token?: string) {
  const app = req.server;
  if (req.sessionId) await revokeSession(app.db, req.sessionId);
  const t = token ?? (await createSession(app.db, userId, { ip: req.ip, userAgent: req.headers['user-agent'] }));
  setSessionCookie(app, reply, t);
}

/**
 * The limit of a form that guesses or sends something (passwords, mail): a dated parameter
 * `rateLimit.<name>` (src/reference/parameters.ts), counted in the database for every instance.
 * Off only when the configuration turns rate limits off (benchmarks). The limit is hit in
 * onRequest, before the CSRF check, so rejected forgeries count too.
 */
export const rateLimit = (name: 'signIn' | 'register' | 'passwordReset' | 'mail') => limit(name);

/** Where to go after signing in: a same-site path, never back into the sign-in pages themselves. */
export function returnPath(v: unknown): string | undefined {
  const p = safeReturn(typeof v === 'string' ? v : undefined);
  return p && !/^\/(kk|ru|en)\/(login|logout|register|password)(\/|\?|$)/.test(p) ? p : undefined;
}
