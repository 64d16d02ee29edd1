/** Helpers shared by the local module's routes: echoing form input, refusal pages, loading by URL. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FormValues } from '../../../platform/views/forms.tsx';
import { renderPage } from '../../../platform/views/render.tsx';
import { MessagePage } from '../views/components.tsx';

export const LANG = '/:lang(kk|ru|en)';

export function formValues(body: unknown): FormValues {
  const out: FormValues = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (k === '_csrf') continue;
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.map(String);
  }
  return out;
}

const DENY_STATUS: Record<string, number> = {
  not_found: 404,
  already_voted: 409,
  already_rated: 409,
  stale: 409,
  closed: 409,
  not_collecting: 409,
  not_voting: 409,
  not_reviewing: 409,
  not_implementing: 409,
};

/** A refused action as a page in the reader's language (403 unless the reason says otherwise). */
export function denyPage(req: FastifyRequest, reply: FastifyReply, reason: string, back?: string) {
  return renderPage(
    req,
    reply,
    <MessagePage
      title={req.t('local.deny.title')}
      message={req.t(`local.deny.${reason}`)}
      links={back ? [[req.t('local.deny.back'), back]] : [[req.t('local.title'), '/local']]}
    />,
    DENY_STATUS[reason] ?? 403,
  );
}

export function notFound(req: FastifyRequest, reply: FastifyReply) {
  return renderPage(
    req,
    reply,
    <MessagePage
      title={req.t('local.notFound.title')}
      message={req.t('local.notFound.message')}
      links={[[req.t('local.title'), '/local']]}
    />,
    404,
  );
}

/** Field errors from a command's failure (reason -> local.errors.<reason> or local.deny.<reason>). */
export function commandFieldError(req: FastifyRequest, reason: string, field: string): Record<string, string> {
  const key = `local.errors.${reason}`;
  const msg = req.t(key);
  return { [field]: msg === key ? req.t(`local.deny.${reason}`) : msg };
}
