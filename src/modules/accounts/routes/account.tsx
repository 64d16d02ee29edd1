/** The person's own account page: profile, memberships, sessions, personal access tokens. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../../platform/auth/actor.ts';
import { SIGNED_IN } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { ok, routesFor } from '../../../platform/kit/index.ts';
import { resendConfirmation } from '../commands/confirmEmail.ts';
import { createApiToken } from '../commands/createApiToken.ts';
import { revokeApiToken } from '../commands/revokeApiToken.ts';
import { revokeEverySession, revokeOwnSession } from '../commands/revokeSessions.ts';
import { canIssueApiToken, canResendConfirmation } from '../policy.ts';
import { presentAccount } from '../presenters.ts';
import { fail } from '../reasons.ts';
import { listActiveSessions, listApiTokens, stateBodiesByIds } from '../repository.ts';
import { idForm, tokenNameForm, uuid } from '../schemas.ts';
import { AccountPage } from '../views/AccountPage.tsx';
import { clearSessionCookie, rateLimit } from './session.ts';

const { page, form, action } = routesFor('accounts');

/** What the account page shows, read now (after a change, so the lists include it). */
async function account(req: FastifyRequest) {
  const actor = req.actor as Actor;
  const db = req.server.db;
  const [sessions, tokens, bodies] = await Promise.all([
    listActiveSessions(db, actor.id),
    listApiTokens(db, actor.id),
    stateBodiesByIds(db, actor.stateBodies),
  ]);
  return presentAccount(actor, { sessions, tokens, bodies }, req.sessionId, req.locale, {
    resendConfirmation: canResendConfirmation(actor),
    issueToken: canIssueApiToken(actor),
  });
}

/** The id a revoke button sends; anything that cannot be one is nothing to revoke (404). */
const idOf = (req: FastifyRequest, check?: (id: string) => boolean) => {
  const p = idForm.safeParse(req.body);
  return p.success && (!check || check(p.data.id)) ? ok(p.data.id) : fail('not_found');
};

export async function accountRoutes(app: FastifyInstance) {
  page(app, { path: '/account', policy: SIGNED_IN, load: account, render: (a) => <AccountPage {...a} /> });

  action(app, {
    path: '/account/confirmation',
    policy: SIGNED_IN,
    rateLimit: rateLimit('mail'),
    // An address confirmed meanwhile is not a refusal: the flash says so.
    submit: async (req) =>
      ok((await resendConfirmation(depsFrom(req), { locale: req.locale, baseUrl: req.server.config.baseUrl })).ok),
    done: (_, __, sent) => ({
      to: '/account',
      flash: sent ? 'accounts.flash.confirmationSent' : 'accounts.flash.alreadyConfirmed',
    }),
  });

  action(app, {
    path: '/account/sessions/revoke',
    policy: SIGNED_IN,
    load: async (req) => idOf(req),
    submit: (req, id) => revokeOwnSession(depsFrom(req), id),
    done: (req, id, _, reply) => {
      if (id !== req.sessionId) return { to: '/account#sessions', flash: 'accounts.flash.sessionRevoked' };
      clearSessionCookie(reply);
      return { to: '/', flash: 'accounts.flash.signedOut' };
    },
  });

  action(app, {
    path: '/account/sessions/revoke-all',
    policy: SIGNED_IN,
    submit: (req) => revokeEverySession(depsFrom(req)),
    done: (_, __, ___, reply) => {
      clearSessionCookie(reply);
      return { to: '/login', flash: 'accounts.flash.signedOutEverywhere' };
    },
  });

  // Answered with the page itself rather than a redirect: the new token must be shown once
  // and must not travel through a cookie or a URL to survive a redirect.
  form(app, {
    path: '/account/tokens',
    policy: SIGNED_IN,
    get: false,
    load: account,
    schema: tokenNameForm,
    view: (a, f) => (
      <AccountPage
        {...a}
        tokenForm={{ name: typeof f.values.name === 'string' ? f.values.name : undefined, errors: f.errors }}
      />
    ),
    submit: (req, _, data) => createApiToken(depsFrom(req), { name: data.name }),
    done: async (req, _, issued, data) => (
      <AccountPage {...await account(req)} newToken={{ name: data.name, token: issued.token }} />
    ),
  });

  action(app, {
    path: '/account/tokens/revoke',
    policy: SIGNED_IN,
    load: async (req) => idOf(req, (id) => uuid.safeParse(id).success),
    submit: (req, id) => revokeApiToken(depsFrom(req), { id }),
    done: () => ({ to: '/account#tokens', flash: 'accounts.flash.tokenRevoked' }),
  });
}
