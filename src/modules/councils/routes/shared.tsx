/** Helpers shared by the councils' route files: echoing input, refusals as pages, reading multipart forms. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { csrfValid, sendCsrfFailure } from '../../../platform/http/context.ts';
import { DOCUMENT_TYPES, readMultipartForm, type UploadedFile } from '../../../platform/files/index.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import { MessagePage } from '../views/components.tsx';

export const LANG = '/:lang(kk|ru|en)';
export const hide = { hide: true };

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
  stale: 409,
  already_applied: 409,
  already_answered: 409,
  already_registered: 409,
  already_hidden: 409,
  wrong_state: 409,
  applications_closed: 409,
  registration_closed: 409,
  questions_closed: 409,
  still_open: 409,
  unanswered: 409,
  selection_running: 409,
  not_started: 409,
  not_held: 409,
};

/** A refused action as a page in the reader's language (403 unless the reason says otherwise). */
export function denyPage(req: FastifyRequest, reply: FastifyReply, reason: string, back?: string) {
  return renderPage(
    req,
    reply,
    <MessagePage
      title={req.t(reason === 'not_found' ? 'councils.deny.notFoundTitle' : 'councils.deny.title')}
      message={req.t(`councils.deny.${reason}`)}
      links={back ? [[req.t('councils.deny.back'), back]] : []}
    />,
    DENY_STATUS[reason] ?? 403,
  );
}

export const notFound = (req: FastifyRequest, reply: FastifyReply) => denyPage(req, reply, 'not_found', '/councils');

export interface ReadForm {
  fields: Record<string, string | string[]>;
  file?: UploadedFile;
  errors: FieldErrors;
}

/**
 * Reads a form that may carry a document (multipart) or not (urlencoded); a file too large or of
 * a wrong type becomes an error on the field `document`. Null when the CSRF check failed (a page was sent).
 */
export async function readForm(req: FastifyRequest, reply: FastifyReply): Promise<ReadForm | null> {
  if (!req.isMultipart()) return { fields: (req.body ?? {}) as Record<string, string>, errors: {} };
  const max = req.server.config.maxUploadBytes;
  const form = await readMultipartForm(req, { maxBytes: max, accept: DOCUMENT_TYPES });
  const token = form.fields._csrf;
  if (!csrfValid(req, typeof token === 'string' ? token : '')) {
    await sendCsrfFailure(req, reply);
    return null;
  }
  const errors: FieldErrors = {};
  const fe = form.fileErrors.document;
  if (fe)
    errors.document =
      fe === 'too_large'
        ? req.t('errors.fileTooLarge', { max: Math.round((max / 1024 / 1024) * 10) / 10 })
        : req.t('errors.fileType');
  return { fields: form.fields, file: form.files.find((f) => f.field === 'document'), errors };
}
