/** Helpers shared by the module's route files. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { almatyDate } from '../../../reference/index.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { FormValues } from '../../../platform/views/forms.tsx';
import { MessagePage } from '../../../platform/kit/index.ts';

export const LANG = '/:lang(kk|ru|en)';
export const hide = { hide: true };

/** Today's date in Almaty: what "ended", "started" and "overdue" are judged against. */
export const today = () => almatyDate(new Date());

/** What the user typed, to show again on a 400 (never the CSRF token). */
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
  already_applied: 409,
  wrong_state: 409,
  stale: 409,
  already_reported: 409,
  no_places: 409,
  not_open: 409,
  not_collecting: 409,
  not_ended: 409,
  sign_in: 401,
};

/** A refused action as a page in the reader's language (403 unless the reason says otherwise). */
export function denyPage(req: FastifyRequest, reply: FastifyReply, reason: string, back?: [string, string]) {
  return renderPage(
    req,
    reply,
    <MessagePage
      title={req.t('volunteering.deny.title')}
      message={req.t(`volunteering.deny.${reason}`)}
      links={back ? [back] : []}
    />,
    DENY_STATUS[reason] ?? 403,
  );
}

export function notFound(req: FastifyRequest, reply: FastifyReply, back: [string, string]) {
  return renderPage(
    req,
    reply,
    <MessagePage
      title={req.t('volunteering.notFound.title')}
      message={req.t('volunteering.notFound.message')}
      links={[back]}
    />,
    404,
  );
}
