/** Helpers shared by the forum's routes: echoing form input, refusal pages. */
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
  stale: 409,
  concluded: 409,
  not_open: 409,
  not_deliberating: 409,
  not_concluded: 409,
  already_supported: 409,
  item_closed: 409,
};

export function denyPage(req: FastifyRequest, reply: FastifyReply, reason: string, back?: string) {
  return renderPage(
    req,
    reply,
    <MessagePage
      title={req.t('forum.deny.title')}
      message={req.t(`forum.deny.${reason}`)}
      links={back ? [[req.t('forum.deny.back'), back]] : [[req.t('forum.title'), '/forum']]}
    />,
    DENY_STATUS[reason] ?? 403,
  );
}

export function notFound(req: FastifyRequest, reply: FastifyReply) {
  return renderPage(
    req,
    reply,
    <MessagePage
      title={req.t('forum.notFound.title')}
      message={req.t('forum.notFound.message')}
      links={[[req.t('forum.title'), '/forum']]}
    />,
    404,
  );
}

/** A command's failure on a field as the message next to it (forum.errors.<reason>, else forum.deny.<reason>). */
export function commandFieldError(req: FastifyRequest, reason: string, field: string): Record<string, string> {
  const key = `forum.errors.${reason}`;
  const msg = req.t(key);
  return { [field]: msg === key ? req.t(`forum.deny.${reason}`) : msg };
}
