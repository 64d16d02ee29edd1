/** Helpers shared by the registry's route files: loading an organisation from a URL, echoing form input. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { validateBin } from '../../../reference/index.ts';
import { renderPage } from '../../../platform/views/render.tsx';
import type { FormValues } from '../../../platform/views/forms.tsx';
import { findOrganization, type OrganizationRow } from '../repository.ts';
import { MessagePage } from '../views/MessagePage.tsx';

export const LANG = '/:lang(kk|ru|en)';

/** What the user typed, to show again on a 400 (strings and checkbox arrays; never the CSRF token). */
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
  already_filed: 409,
  already_applied: 409,
  already_decided: 409,
  not_pending: 409,
  year_out_of_range: 400,
};

/** A refused action as a page in the reader's language (403 unless the reason says otherwise). */
export function denyPage(req: FastifyRequest, reply: FastifyReply, reason: string, back?: string) {
  return renderPage(
    req,
    reply,
    <MessagePage
      title={req.t('registry.deny.title')}
      message={req.t(`registry.deny.${reason}`)}
      links={back ? [[req.t('registry.deny.back'), back]] : []}
    />,
    DENY_STATUS[reason] ?? 403,
  );
}

/**
 * The organisation named by the URL, or a page explaining why not: 400 for a malformed BIN
 * (with the reason: length or check digit), 404 for a BIN not in the registry.
 */
export async function loadOrganization(
  req: FastifyRequest,
  reply: FastifyReply,
  bin: string,
  opts: { forUpdate?: boolean } = {},
): Promise<OrganizationRow | null> {
  const v = validateBin(bin);
  if (!v.ok) {
    await renderPage(
      req,
      reply,
      <MessagePage
        title={req.t('registry.profile.badBinTitle')}
        message={req.t(`registry.errors.bin${v.reason === 'checksum' ? 'Checksum' : 'Format'}`)}
        links={[[req.t('registry.search.title'), '/registry']]}
      />,
      400,
    );
    return null;
  }
  const org = await findOrganization(req.server.db, v.value, opts);
  if (!org) {
    await renderPage(
      req,
      reply,
      <MessagePage
        title={req.t('registry.profile.notFoundTitle')}
        message={req.t('registry.profile.notFound', { bin: v.value })}
        links={[
          [req.t('registry.search.title'), '/registry'],
          [req.t('registry.search.registerLink'), '/registry/new'],
        ]}
      />,
      404,
    );
    return null;
  }
  return org;
}
