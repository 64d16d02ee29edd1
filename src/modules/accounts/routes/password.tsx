/** Forgetting a password and choosing a new one through the mailed link, as kit declarations. */
import type { FastifyInstance } from 'fastify';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { ok, routesFor } from '../../../platform/kit/index.ts';
import { requestPasswordReset } from '../commands/requestPasswordReset.ts';
import { resetLinkStatus, resetPassword } from '../commands/resetPassword.ts';
import { fail } from '../reasons.ts';
import { forgotForm, forgotQuery, PASSWORD_MIN, resetForm, tokenParams } from '../schemas.ts';
import { ForgotPage, ForgotSentPage, ResetPage } from '../views/PasswordPages.tsx';
import { linkProblem } from './auth.tsx';
import { clearSessionCookie, rateLimit } from './session.ts';

const { form } = routesFor('accounts');

export async function passwordRoutes(app: FastifyInstance) {
  const limit = rateLimit('passwordReset');

  form(app, {
    path: '/password/forgot',
    policy: PUBLIC,
    rateLimit: limit,
    load: async (req) => ({ sent: forgotQuery.safeParse(req.query ?? {}).data?.sent === '1' }),
    schema: forgotForm,
    view: (l, f) => (l.sent ? <ForgotSentPage /> : <ForgotPage values={f.values} errors={f.errors} />),
    // The same answer whether or not the address has an account.
    submit: (req, _, data) =>
      requestPasswordReset(depsFrom(req), {
        email: data.email,
        locale: req.locale,
        baseUrl: req.server.config.baseUrl,
      }),
    done: () => ({ to: '/password/forgot?sent=1' }),
  });

  // The form opens, and is sent, only while the link works; otherwise the link's own page.
  form(app, {
    path: '/password/reset/:token',
    policy: PUBLIC,
    rateLimit: limit,
    params: tokenParams,
    load: async (req, p) => {
      const status = await resetLinkStatus(req.server.db, p.token);
      if (status === 'valid') return ok({ token: p.token });
      return fail(status === 'expired' ? 'link_expired' : 'link_invalid');
    },
    refusal: linkProblem('reset'),
    schema: resetForm,
    messageParams: () => ({ min: PASSWORD_MIN }),
    view: (link, f) => <ResetPage token={link.token} errors={f.errors} />,
    submit: (req, link, data) => resetPassword(depsFrom(req), { token: link.token, password: data.password }),
    // Every session of the person is revoked, this browser's included; the cookie goes too.
    done: (_, __, ___, ____, reply) => {
      clearSessionCookie(reply);
      return { to: '/login', flash: 'accounts.flash.passwordChanged' };
    },
  });
}
