/** Helpers shared by the legislation route files: loading a draft from a URL, echoing form input, refusals as pages. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderPage } from '../../../platform/views/render.tsx';
import type { FormValues } from '../../../platform/views/forms.tsx';
import { canViewDraft } from '../policy.ts';
import { findDraft, type DraftRow } from '../repository.ts';
import { MessagePage } from '../views/components.tsx';

export const LANG = '/:lang(kk|ru|en)';

/** What the user typed, to show again on a 400 (strings and arrays; never the CSRF token). */
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
  already_supported: 409,
  unanswered: 409,
  old_version: 409,
  not_open: 409,
  state_edit: 409,
  state_open: 409,
  state_close: 409,
  state_publishSummary: 409,
  state_newVersion: 409,
  state_answer: 409,
  unknown_unit: 400,
};

/** A refused action as a page in the reader's language (403 unless the reason says otherwise). */
export function denyPage(req: FastifyRequest, reply: FastifyReply, reason: string, back?: string) {
  const links: [string, string][] = back
    ? [[req.t('legislation.deny.back'), back]]
    : [[req.t('legislation.list.title'), '/legislation']];
  return renderPage(
    req,
    reply,
    <MessagePage title={req.t('legislation.deny.title')} message={req.t(`legislation.deny.${reason}`)} links={links} />,
    DENY_STATUS[reason] ?? 403,
  );
}

/** The draft named by the URL when this reader may see it, or a 404 page (a draft in preparation is not public). */
export async function loadDraft(req: FastifyRequest, reply: FastifyReply): Promise<DraftRow | null> {
  const id = (req.params as { id: string }).id;
  const draft = await findDraft(req.server.db, id);
  if (!draft || !canViewDraft(req.actor, draft).ok) {
    await renderPage(
      req,
      reply,
      <MessagePage
        title={req.t('legislation.draft.notFoundTitle')}
        message={req.t('legislation.draft.notFound')}
        links={[[req.t('legislation.list.title'), '/legislation']]}
      />,
      404,
    );
    return null;
  }
  return draft;
}

/** ?version=n of a draft page: a whole number, or the current version. */
export function versionParam(req: FastifyRequest, current: number): number | null {
  const raw = (req.query as Record<string, unknown>).version;
  if (raw === undefined || raw === '') return current;
  return typeof raw === 'string' && /^\d{1,4}$/.test(raw) && Number(raw) >= 1 && Number(raw) <= current
    ? Number(raw)
    : null;
}
