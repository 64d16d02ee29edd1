import type { FastifyContextConfig, FastifyInstance, FastifyReply } from 'fastify';
import { SESSION_COOKIE, SESSION_DAYS } from '../../platform/auth/sessions.ts';

/** HTTP plumbing shared by the accounts routes: the session cookie and the rate limit. */

export const LANG = '/:lang(kk|ru|en)';

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
 * Ten tries a minute per address on the forms that guess or send something (passwords, mail).
 * Off only when the configuration turns rate limits off (benchmarks). The limit is hit in
 * onRequest, before the CSRF check, so rejected forgeries count too.
 */
export const rateLimited = (app: FastifyInstance): Pick<FastifyContextConfig, 'rateLimit'> => ({
  rateLimit: app.config.rateLimit ? { max: 10, timeWindow: '1 minute' } : false,
});
