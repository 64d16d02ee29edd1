import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { ViewContext, type ViewCtx } from './context.ts';

/** Builds the view context from the request (locale, translator, actor, CSRF token, flash). */
export function viewCtx(req: FastifyRequest): ViewCtx {
  const url = req.url;
  const path = url.replace(/^\/(kk|ru|en)(?=\/|\?|$)/, '') || '/';
  return {
    locale: req.locale,
    t: req.t,
    path: path.startsWith('/') ? path : `/${path}`,
    actor: req.actor,
    csrfToken: req.csrfToken(),
    demo: req.server.config.demo,
    flash: req.flash,
  };
}

/** Renders a full page (doctype + layout) and sends it; status 400 for a form with errors. */
export function renderPage(req: FastifyRequest, reply: FastifyReply, page: VNode, status = 200) {
  const html =
    '<!doctype html>' + renderToString(<ViewContext.Provider value={viewCtx(req)}>{page}</ViewContext.Provider>);
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}
