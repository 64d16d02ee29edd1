import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../platform/auth/actor.ts';
import { SIGNED_IN } from '../../platform/authz/index.ts';
import { depsFrom } from '../../platform/commands.ts';
import { setFlash, simplePage } from '../../platform/http/context.ts';
import { fieldErrors } from '../../platform/http/validation.ts';
import type { FieldErrors } from '../../platform/views/forms.tsx';
import { renderPage } from '../../platform/views/render.tsx';
import { resendConfirmation } from './commands/confirmEmail.ts';
import { createApiToken } from './commands/createApiToken.ts';
import { revokeApiToken } from './commands/revokeApiToken.ts';
import { revokeEverySession, revokeOwnSession } from './commands/revokeSessions.ts';
import { clearSessionCookie, LANG, rateLimited } from './http.ts';
import { canIssueApiToken, canResendConfirmation } from './policy.ts';
import { presentApiToken, presentSession, stateBodyName } from './presenters.ts';
import { listActiveSessions, listApiTokens, stateBodiesByIds } from './repository.ts';
import { idForm, tokenNameForm, uuid } from './schemas.ts';
import { AccountPage, type AccountPageProps } from './views/AccountPage.tsx';

/** The person's own account page: profile, memberships, sessions, personal access tokens. */
export async function accountRoutes(app: FastifyInstance) {
  const db = app.db;
  const signedIn = { policy: SIGNED_IN };
  const hide = { hide: true };
  const accountUrl = (req: FastifyRequest, anchor = '') => `/${req.locale}/account${anchor}`;

  async function render(
    req: FastifyRequest,
    reply: FastifyReply,
    extra: Pick<AccountPageProps, 'newToken' | 'tokenForm'> = {},
    status = 200,
  ) {
    const actor = req.actor as Actor;
    const [sessions, tokens, bodies] = await Promise.all([
      listActiveSessions(db, actor.id),
      listApiTokens(db, actor.id),
      stateBodiesByIds(db, actor.stateBodies),
    ]);
    const props: AccountPageProps = {
      user: { name: actor.name, email: actor.email, emailConfirmed: actor.emailConfirmed, roles: actor.roles },
      organizations: actor.organizations,
      stateBodies: bodies.map((b) => ({ id: b.id, name: stateBodyName(b, req.locale) })),
      sessions: sessions.map((s) => presentSession(s, req.sessionId, req.locale)),
      tokens: tokens.map((k) => presentApiToken(k, req.locale)),
      can: { resendConfirmation: canResendConfirmation(actor), issueToken: canIssueApiToken(actor) },
      ...extra,
    };
    return renderPage(req, reply, <AccountPage {...props} />, status);
  }

  app.get(`${LANG}/account`, { config: signedIn, schema: hide }, (req, reply) => render(req, reply));

  app.post(
    `${LANG}/account/confirmation`,
    { config: { ...signedIn, ...rateLimited(app) }, schema: hide },
    async (req, reply) => {
      const r = await resendConfirmation(depsFrom(req), { locale: req.locale, baseUrl: app.config.baseUrl });
      setFlash(reply, r.ok ? 'accounts.flash.confirmationSent' : 'accounts.flash.alreadyConfirmed');
      return reply.redirect(accountUrl(req), 303);
    },
  );

  app.post(`${LANG}/account/sessions/revoke`, { config: signedIn, schema: hide }, async (req, reply) => {
    const parsed = idForm.safeParse(req.body);
    if (!parsed.success) return reply.callNotFound();
    const r = await revokeOwnSession(depsFrom(req), parsed.data.id);
    if (!r.ok) return reply.callNotFound();
    if (parsed.data.id === req.sessionId) {
      clearSessionCookie(reply);
      setFlash(reply, 'accounts.flash.signedOut');
      return reply.redirect(`/${req.locale}`, 303);
    }
    setFlash(reply, 'accounts.flash.sessionRevoked');
    return reply.redirect(accountUrl(req, '#sessions'), 303);
  });

  app.post(`${LANG}/account/sessions/revoke-all`, { config: signedIn, schema: hide }, async (req, reply) => {
    await revokeEverySession(depsFrom(req));
    clearSessionCookie(reply);
    setFlash(reply, 'accounts.flash.signedOutEverywhere');
    return reply.redirect(`/${req.locale}/login`, 303);
  });

  // Answered with the page itself rather than a redirect: the new token must be shown once
  // and must not travel through a cookie or a URL to survive a redirect.
  app.post(`${LANG}/account/tokens`, { config: signedIn, schema: hide }, async (req, reply) => {
    const name = (req.body as Record<string, unknown> | undefined)?.name;
    const parsed = tokenNameForm.safeParse(req.body);
    if (!parsed.success) {
      const errors: FieldErrors = fieldErrors(req.t, parsed.error);
      return render(req, reply, { tokenForm: { name: typeof name === 'string' ? name : undefined, errors } }, 400);
    }
    const r = await createApiToken(depsFrom(req), { name: parsed.data.name });
    if (!r.ok)
      return reply
        .code(403)
        .type('text/html')
        .send(simplePage(req, req.t('errors.forbiddenTitle'), req.t('errors.forbidden')));
    return render(req, reply, { newToken: { name: parsed.data.name, token: r.value.token } });
  });

  app.post(`${LANG}/account/tokens/revoke`, { config: signedIn, schema: hide }, async (req, reply) => {
    const parsed = idForm.safeParse(req.body);
    if (!parsed.success || !uuid.safeParse(parsed.data.id).success) return reply.callNotFound();
    const r = await revokeApiToken(depsFrom(req), { id: parsed.data.id });
    if (!r.ok) return reply.callNotFound();
    setFlash(reply, 'accounts.flash.tokenRevoked');
    return reply.redirect(accountUrl(req, '#tokens'), 303);
  });
}
