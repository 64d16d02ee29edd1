import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { Layout } from '../views/Layout.tsx';
import { renderPage } from '../views/render.tsx';
import { isApiUrl } from './context.ts';
import { translateIssue } from './validation.ts';

function ErrorPage({ title, message }: { title: string; message: string }) {
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{message}</p>
    </Layout>
  );
}

const wantsJson = (req: FastifyRequest) => req.routeOptions.config?.api || isApiUrl(req.url);

/**
 * Over a rate limit (rateLimits.ts): the plugin has set Retry-After (seconds); the page says how
 * long to wait in the reader's language, the API answers problem JSON (RFC 9457) with the same.
 */
function tooManyRequests(req: FastifyRequest, reply: FastifyReply) {
  const seconds = Math.max(1, Number(reply.getHeader('retry-after')) || 60);
  reply.header('retry-after', String(seconds));
  const minutes = Math.ceil(seconds / 60);
  const t = req.t;
  if (!t) return reply.code(429).send({ error: 'rate_limited', retryAfter: seconds });
  const title = t('errors.rateLimitedTitle');
  const detail = `${t('errors.rateLimited')} ${t('errors.rateLimitedWait', { count: minutes })}`;
  if (wantsJson(req))
    return reply.code(429).type('application/problem+json').send({
      type: 'about:blank',
      title,
      status: 429,
      detail,
      error: 'rate_limited',
      message: detail,
      retryAfter: seconds,
    });
  return renderPage(req, reply, <ErrorPage title={title} message={detail} />, 429);
}

/** Errors become a page or a JSON body in the reader's language; never a bare 500 for bad input. */
export function installErrorHandlers(app: FastifyInstance) {
  app.setNotFoundHandler((req, reply) => {
    if (!req.t) return reply.code(404).send({ error: 'not_found' });
    if (wantsJson(req)) return reply.code(404).send({ error: 'not_found', message: req.t('errors.notFound') });
    return renderPage(
      req,
      reply,
      <ErrorPage title={req.t('errors.notFoundTitle')} message={req.t('errors.notFound')} />,
      404,
    );
  });

  app.setErrorHandler((err: FastifyError, req, reply: FastifyReply) => {
    const t = req.t;
    if (hasZodFastifySchemaValidationErrors(err)) {
      // fastify-type-provider-zod 7 reports each issue as { keyword: zod code, message, instancePath, params }.
      const issues = err.validation.map((v) => ({
        path: v.instancePath.replace(/^\//, '').replace(/\//g, '.'),
        message: t ? translateIssue(t, { ...(v.params as object), code: v.keyword, message: v.message }) : v.message,
        in: err.validationContext,
      }));
      const fixed = issues.map((i) => ({ ...i, path: i.path.replace(/^(querystring|body|params|headers)\.?/, '') }));
      if (wantsJson(req))
        return reply
          .code(400)
          .send({ error: 'validation', message: t?.('errors.validation') ?? 'Invalid input', issues: fixed });
      return renderPage(
        req,
        reply,
        <ErrorPage
          title={t('errors.badRequestTitle')}
          message={fixed.map((i) => `${i.path}: ${i.message}`).join('; ')}
        />,
        400,
      );
    }
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 600 ? err.statusCode : 500;
    if (status === 429) return tooManyRequests(req, reply);
    if (status >= 500) req.log.error({ err }, 'request failed');
    const key =
      status === 413
        ? 'errors.tooLarge'
        : status === 415
          ? 'errors.unsupportedMedia'
          : status >= 500
            ? 'errors.server'
            : 'errors.badRequest';
    if (!t) return reply.code(status).send({ error: key });
    if (wantsJson(req)) return reply.code(status).send({ error: key.replace('errors.', ''), message: t(key) });
    return renderPage(
      req,
      reply,
      <ErrorPage title={t(status >= 500 ? 'errors.serverTitle' : 'errors.badRequestTitle')} message={t(key)} />,
      status,
    );
  });
}
