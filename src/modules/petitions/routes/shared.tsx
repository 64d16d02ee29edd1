/** Helpers shared by the petitions' route files. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderPage } from '../../../platform/views/render.tsx';
import type { FormValues } from '../../../platform/views/forms.tsx';
import { factsOf } from '../commands/facts.ts';
import { canView } from '../policy.ts';
import { findInitiative, type InitiativeRow } from '../repository.ts';
import { MessagePage } from '../views/MessagePage.tsx';

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

const DENY_STATUS: Record<string, number> = {
  not_found: 404,
  stale: 409,
  not_draft: 409,
  not_in_moderation: 409,
  not_threshold_reached: 409,
  not_under_review: 409,
  not_collecting: 409,
  already_signed: 409,
};

/** A refused action as a page in the reader's language (403 unless the reason says otherwise). */
export function denyPage(req: FastifyRequest, reply: FastifyReply, reason: string, back?: string) {
  return renderPage(
    req,
    reply,
    <MessagePage
      title={req.t('petitions.deny.title')}
      message={req.t(`petitions.deny.${reason}`)}
      links={back ? [[req.t('petitions.deny.back'), back]] : [[req.t('petitions.list.title'), '/initiatives']]}
    />,
    DENY_STATUS[reason] ?? 403,
  );
}

/** The initiative of the URL if this reader may see it; otherwise a 404 page (drafts are not revealed). */
export async function loadVisible(req: FastifyRequest, reply: FastifyReply): Promise<InitiativeRow | null> {
  const id = (req.params as { id: string }).id;
  const row = await findInitiative(req.server.db, id);
  if (!row || !canView(req.actor, factsOf(row)).ok) {
    await renderPage(
      req,
      reply,
      <MessagePage
        title={req.t('petitions.notFound.title')}
        message={req.t('petitions.notFound.message')}
        links={[[req.t('petitions.list.title'), '/initiatives']]}
      />,
      404,
    );
    return null;
  }
  return row;
}

export const versionOf = (body: unknown) => {
  const v = (body as Record<string, unknown> | undefined)?.version;
  return typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : -1;
};
