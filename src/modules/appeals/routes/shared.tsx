/** Helpers shared by the reception's route files: loading an appeal, building its page, refusals. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderPage } from '../../../platform/views/render.tsx';
import type { FieldErrors, FormValues } from '../../../platform/views/forms.tsx';
import {
  canExtendOn,
  canRedirectOn,
  maxExtensionDays,
  NUMBER_RE,
  redirectDeadline,
  todayIn,
  APPEAL_LIFECYCLE,
} from '../domain.ts';
import { canPublishAppeal, canRateAppeal, canViewAppeal, canWorkAppeal } from '../policy.ts';
import { bodyGroups, bodyName, deadline } from '../presenters.ts';
import { publicDraft } from '../commands/publishAppeal.ts';
import {
  filesOf,
  findAppealByNumber,
  findBodyById,
  historyOf,
  listStateBodies,
  officialsOf,
  type AppealRow,
  type Db,
} from '../repository.ts';
import { AppealPage, type AppealForm } from '../views/AppealPage.tsx';
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
  already_answered: 409,
  already_extended: 409,
  bad_transition: 409,
  not_open: 409,
  redirect_not_allowed: 409,
  redirect_window_passed: 409,
  deadline_passed: 409,
  not_answered: 409,
  no_consent: 409,
};

/** A refused action as a page in the reader's language (403 unless the reason says otherwise). */
export function denyPage(req: FastifyRequest, reply: FastifyReply, reason: string, back?: string) {
  const links: [string, string][] = back
    ? [[req.t('appeals.deny.back'), back]]
    : [[req.t('appeals.home.title'), '/appeals']];
  return renderPage(
    req,
    reply,
    <MessagePage title={req.t('appeals.deny.title')} message={req.t(`appeals.deny.${reason}`)} links={links} />,
    DENY_STATUS[reason] ?? 403,
  );
}

/**
 * The appeal named by the URL if the reader may see it in full; otherwise a page has been sent:
 * the public version for a published appeal, 404 for everything else (an appeal's existence is private).
 */
export async function loadAppeal(req: FastifyRequest, reply: FastifyReply): Promise<AppealRow | null> {
  const number = (req.params as { number: string }).number;
  const a = NUMBER_RE.test(number) ? await findAppealByNumber(req.server.db, number) : undefined;
  if (a && canViewAppeal(req.actor, a).ok) return a;
  if (a?.published_at && req.method === 'GET') {
    await reply.redirect(`/${req.locale}/appeals/published/${a.number}`, 303);
    return null;
  }
  await renderPage(
    req,
    reply,
    <MessagePage
      title={req.t('appeals.appeal.notFoundTitle')}
      message={req.t('appeals.appeal.notFound', { number })}
      links={[[req.t('appeals.mine.title'), '/appeals/mine']]}
    />,
    404,
  );
  return null;
}

/** Renders an appeal's page with what the reader may do; with `form`, that form's values and errors. */
export async function renderAppeal(
  req: FastifyRequest,
  reply: FastifyReply,
  a: AppealRow,
  opts: { form?: AppealForm; values?: FormValues; errors?: FieldErrors; conflict?: boolean; status?: number } = {},
) {
  const db: Db = req.server.db;
  const today = todayIn(new Date());
  const work = canWorkAppeal(req.actor, a).ok;
  const open = APPEAL_LIFECYCLE.can(a.status, 'answer');
  const redirect = work && canRedirectOn(a, today).ok;
  const extend = work && canExtendOn(a, 1, today).ok;
  const publish = canPublishAppeal(req.actor, a).ok;
  const [files, history, original, bodies, colleagues] = await Promise.all([
    filesOf(db, a.id),
    historyOf(db, a.number),
    a.original_body_id !== a.state_body_id ? findBodyById(db, a.original_body_id) : Promise.resolve(undefined),
    redirect ? listStateBodies(db) : Promise.resolve([]),
    work && open ? officialsOf(db, a.state_body_id) : Promise.resolve([]),
  ]);
  const page = (
    <AppealPage
      a={a}
      originalBody={original ? bodyName(original, req.locale) : null}
      files={files}
      history={history}
      deadline={deadline(a, today)}
      can={{
        work,
        start: work && APPEAL_LIFECYCLE.can(a.status, 'start'),
        assign: work && open,
        redirect,
        redirectUntil: redirectDeadline(a.registered_on),
        extend,
        maxExtension: maxExtensionDays(a.term_start_on),
        answer: work && open,
        rate: canRateAppeal(req.actor, a).ok,
        publish,
        isAuthor: req.actor?.id === a.citizen_id,
      }}
      bodies={
        redirect
          ? bodyGroups(
              bodies.filter((b) => b.id !== a.state_body_id),
              req.locale,
              req.t,
            )
          : []
      }
      colleagues={colleagues}
      draft={publish ? publicDraft(a, a.citizen_name) : null}
      form={opts.form}
      values={opts.values}
      errors={opts.errors}
      conflict={opts.conflict}
    />
  );
  return renderPage(req, reply, page, opts.status ?? (opts.errors && Object.keys(opts.errors).length ? 400 : 200));
}
