import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DEFAULT_LOCALE, hasKey, isLocale, negotiateLocale, translator, type Locale } from '../i18n/index.ts';
import { lookupApiToken, lookupSession, SESSION_COOKIE } from '../auth/sessions.ts';
import { newToken } from '../auth/tokens.ts';
import { browserSecretOf, CSRF_COOKIE, formToken, issueBrowserSecret, tokenMatches } from './csrf.ts';

const FLASH_COOKIE = 'qflash';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const isApiUrl = (url: string) => url.startsWith('/api/') || url.startsWith('/open-data/');
const localeFromUrl = (url: string): Locale | null => {
  const m = /^\/(kk|ru|en)(?:\/|\?|$)/.exec(url);
  return m ? (m[1] as Locale) : null;
};

/** Sets a one-time message (an i18n key) shown on the next page (Post/Redirect/Get). */
export function setFlash(reply: FastifyReply, key: string) {
  reply.setCookie(FLASH_COOKIE, key, { path: '/', httpOnly: true, sameSite: 'lax', maxAge: 60 });
}

/**
 * What a request's CSRF check needs: the browser secret of its cookie (null when the cookie was not
 * one the server issued: no token can then match) and the session its cookie names when that
 * session has ended (a form rendered in it is let through to the sign-in that keeps the draft).
 */
const csrfState = new WeakMap<FastifyRequest, { browser: string | null; endedSession?: string }>();

/**
 * Per-request context: language, translator, actor (session cookie or Bearer token),
 * CSRF token, flash message; then the route's policy gate and the CSRF check.
 */
export const requestContext = fp(async (app: FastifyInstance) => {
  app.decorateRequest('locale', DEFAULT_LOCALE);
  app.decorateRequest('t', null as any);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('sessionExpired', false);
  app.decorateRequest('csrfToken', null as any);
  app.decorateRequest('flash', undefined);

  app.addHook('onRequest', async (req, reply) => {
    if (req.url.startsWith('/static/')) return;
    const q = req.query as Record<string, unknown> | undefined;
    req.locale =
      localeFromUrl(req.url) ?? (isLocale(q?.lang) ? q.lang : negotiateLocale(req.headers['accept-language']));
    req.t = translator(req.locale);

    let endedSession: string | undefined;
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      req.actor = await lookupApiToken(app.db, auth.slice(7).trim());
      if (!req.actor) {
        return reply.code(401).send({ error: 'invalid_token', message: req.t('errors.invalidToken') });
      }
    } else {
      const sid = req.cookies[SESSION_COOKIE];
      if (sid) {
        const s = await lookupSession(app.db, sid);
        if (s.status === 'active') {
          req.actor = s.actor;
          req.sessionId = s.sessionId;
        } else {
          req.sessionExpired = true;
          endedSession = s.status === 'expired' ? s.sessionId : undefined;
          reply.clearCookie(SESSION_COOKIE, { path: '/' });
        }
      }
    }

    // CSRF (csrf.ts): a browser secret the server issued, and tokens bound to it and the session.
    const secret = app.config.secret;
    const presented = browserSecretOf(secret, req.cookies[CSRF_COOKIE]);
    let browser = presented;
    if (!browser) {
      const issued = issueBrowserSecret(secret);
      browser = issued.browser;
      reply.setCookie(CSRF_COOKIE, issued.cookie, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: app.config.production,
      });
    }
    csrfState.set(req, { browser: presented, endedSession });
    const forBrowser = browser;
    req.csrfToken = () => formToken(secret, forBrowser, req.sessionId);

    const flash = req.cookies[FLASH_COOKIE];
    if (flash && req.method === 'GET') {
      if (hasKey(req.locale, flash)) req.flash = req.t(flash);
      reply.clearCookie(FLASH_COOKIE, { path: '/' });
    }
  });

  app.addHook('preHandler', async (req, reply) => {
    const cfg = req.routeOptions.config;
    const policy = cfg?.policy;
    if (!policy) return; // routes of plugins (static, docs) — the route-policy test lists them
    // A multipart body is read (and its token checked) only by routes that declare files; sent
    // anywhere else it is refused, so no route can be reached without a token by switching encoding.
    if (UNSAFE.has(req.method) && !cfg.api) {
      const multipart = req.headers['content-type']?.startsWith('multipart/');
      if (multipart ? !cfg.multipart : !csrfValid(req)) return sendCsrfFailure(req, reply);
    }
    if (policy === 'public') return;
    if (policy.allow(req.actor)) return;
    if (!req.actor) {
      if (cfg.api) return reply.code(401).send({ error: 'unauthenticated', message: req.t('errors.signInRequired') });
      const lang = req.locale;
      let returnTo =
        req.method === 'GET' ? req.url : (req.headers.referer && safeReturn(req.headers.referer)) || `/${lang}`;
      // A form sent after the session ran out: keep what was typed and offer it again after sign-in.
      if (req.method === 'POST' && req.body && typeof req.body === 'object') {
        const id = await saveDraft(app, returnTo, req.body as Record<string, unknown>);
        returnTo += `${returnTo.includes('?') ? '&' : '?'}draft=${id}`;
      }
      const reason = req.sessionExpired ? 'expired' : 'required';
      return reply.redirect(`/${lang}/login?returnTo=${encodeURIComponent(returnTo)}&reason=${reason}`, 303);
    }
    if (cfg.api) return reply.code(403).send({ error: 'forbidden', message: req.t('errors.forbidden') });
    return reply
      .code(403)
      .type('text/html')
      .send(simplePage(req, req.t('errors.forbiddenTitle'), req.t('errors.forbidden')));
  });
});

async function saveDraft(app: FastifyInstance, path: string, body: Record<string, unknown>): Promise<string> {
  const { _csrf, ...payload } = body;
  const id = newToken(12);
  await app.db
    .insertInto('form_drafts')
    .values({
      id,
      path: path.split('?')[0],
      payload: JSON.stringify(payload),
      expires_at: new Date(Date.now() + 3_600_000),
    })
    .execute();
  return id;
}

/**
 * The values a user typed before their session expired, for the form page they return to
 * (`?draft=` in its URL). Single use; only for the same path; gone after an hour.
 */
export async function takeDraft(req: FastifyRequest): Promise<Record<string, string | string[]> | undefined> {
  const id = (req.query as Record<string, unknown> | undefined)?.draft;
  if (typeof id !== 'string' || id.length > 40) return undefined;
  const row = await req.server.db
    .deleteFrom('form_drafts')
    .where('id', '=', id)
    .where('path', '=', req.url.split('?')[0])
    .where('expires_at', '>', new Date())
    .returning('payload')
    .executeTakeFirst();
  return row?.payload as Record<string, string | string[]> | undefined;
}

/** Multipart forms are checked by the handler after parsing (the token is a form field). */
export function csrfValid(req: FastifyRequest, bodyToken?: string): boolean {
  const token =
    bodyToken ??
    ((req.body as any)?._csrf as string | undefined) ??
    (req.headers['x-csrf-token'] as string | undefined);
  const st = csrfState.get(req);
  if (typeof token !== 'string' || !st?.browser) return false;
  return tokenMatches(req.server.config.secret, token, st.browser, [req.sessionId, st.endedSession]);
}

export function sendCsrfFailure(req: FastifyRequest, reply: FastifyReply) {
  return reply
    .code(403)
    .type('text/html')
    .send(simplePage(req, req.t('errors.csrfTitle'), req.t('errors.csrf')));
}

/** Only same-site paths are accepted as a return address (no open redirect). */
export function safeReturn(v: string | undefined): string | undefined {
  if (!v) return undefined;
  try {
    // Of any address (a Referer is absolute) only the path and query are kept, so it stays here.
    const u = new URL(v, 'http://x');
    const p = u.pathname + u.search;
    return p.startsWith('/') && !p.startsWith('//') ? p : undefined;
  } catch {
    return undefined;
  }
}

/** A minimal, escaped error page for failures before a module renders (CSRF, 403). */
export function simplePage(req: FastifyRequest, title: string, message: string): string {
  const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html><html lang="${req.locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)} — Qogam</title><link rel="stylesheet" href="/static/app.css"></head><body><main id="main" class="container"><h1>${esc(title)}</h1><p>${esc(message)}</p><p><a href="/${req.locale}">Qogam</a></p></main></body></html>`;
}
