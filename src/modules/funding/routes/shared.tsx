/** Helpers of the funding route files: the language prefix, echoing input, refusal pages, translating field problems. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { fieldErrors } from '../../../platform/http/validation.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import { MessagePage } from '../views/components.tsx';

export const LANG = '/:lang(kk|ru|en)';
export const hide = { hide: true };

export function formValues(body: unknown): FormValues {
  const out: FormValues = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (k === '_csrf') continue;
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.map(String);
  }
  return out;
}

const STATUS: Record<string, number> = {
  not_found: 404,
  signIn: 401,
  badTransition: 409,
  alreadyDrawn: 409,
  alreadyDeclared: 409,
  alreadyScored: 409,
  alreadySigned: 409,
  alreadyAnswered: 409,
  staleVersion: 409,
  deadlinePassed: 409,
  notOpenYet: 409,
  periodNotOver: 409,
  compliancePending: 409,
  panelNotDrawn: 409,
  callNotClosed: 409,
  callNotDraft: 409,
  planNotDraft: 409,
  noLots: 409,
  noTopics: 409,
  discussionRunning: 409,
  unansweredComments: 409,
  notInDiscussion: 409,
  unscored: 409,
  notDecided: 409,
  contractSigned: 409,
  notAwarded: 409,
  finalPending: 409,
  notEnoughExperts: 409,
  discussionClosed: 409,
  closesInPast: 409,
  projectClosed: 409,
};

/** A refused action as a page in the reader's language (funding.deny.<reason>). */
export function denyPage(req: FastifyRequest, reply: FastifyReply, reason: string, back?: string) {
  return renderPage(
    req,
    reply,
    <MessagePage
      title={req.t('funding.deny.title')}
      message={req.t(`funding.deny.${reason}`)}
      links={back ? [[req.t('common.back'), back]] : []}
    />,
    STATUS[reason] ?? 403,
  );
}

export function notFound(req: FastifyRequest, reply: FastifyReply) {
  return renderPage(
    req,
    reply,
    <MessagePage
      title={req.t('errors.notFoundTitle')}
      message={req.t('errors.notFound')}
      links={[[req.t('funding.title'), '/funding']]}
    />,
    404,
  );
}

/** Zod errors of a form, translated, by field name. */
export const zodErrors = (req: FastifyRequest, e: z.ZodError): FieldErrors => fieldErrors(req.t, e);

/** Domain problems (field -> reason) translated as funding.errors.<reason>. */
export function problemErrors(req: FastifyRequest, problems: Record<string, string>): FieldErrors {
  const out: FieldErrors = {};
  for (const [k, v] of Object.entries(problems)) out[k] = req.t(v.includes('.') ? v : `funding.errors.${v}`);
  return out;
}

export const params = (req: FastifyRequest) => req.params as Record<string, string>;
