/** Registration, e-mail confirmation, sign-in and sign-out, as kit declarations. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { revokeSession } from '../../../platform/auth/sessions.ts';
import { PUBLIC } from '../../../platform/authz/index.ts';
import { depsFrom } from '../../../platform/commands.ts';
import { ok, routesFor, type Failure } from '../../../platform/kit/index.ts';
import { confirmEmail } from '../commands/confirmEmail.ts';
import { registerUser } from '../commands/registerUser.ts';
import { signIn } from '../commands/signIn.ts';
import { loginForm, loginQuery, PASSWORD_MIN, registerForm, tokenParams } from '../schemas.ts';
import { LoginPage, RegisterPage } from '../views/AuthPages.tsx';
import { LinkProblemPage } from '../views/PasswordPages.tsx';
import { clearSessionCookie, rateLimit, returnPath, startSession } from './session.ts';

const { page, form, action } = routesFor('accounts');

/** The password rule's length, for the message that names it. */
const messageParams = () => ({ min: PASSWORD_MIN });

/** A mailed link that no longer works has its own page: 410 when it expired, 400 otherwise. */
export const linkProblem = (kind: 'confirm' | 'reset') => (_req: FastifyRequest, f: Failure) =>
  f.reason === 'link_expired'
    ? { view: <LinkProblemPage kind={kind} status="expired" />, status: 410 }
    : f.reason === 'link_invalid'
      ? { view: <LinkProblemPage kind={kind} status="invalid" />, status: 400 }
      : undefined;

/** Why the reader is on the sign-in page and where they go after it (checked: same site, not these pages). */
function loginContext(req: FastifyRequest) {
  const q = loginQuery.safeParse(req.query ?? {});
  return {
    reason: q.success ? q.data.reason : undefined,
    returnTo: returnPath(q.success ? q.data.returnTo : undefined),
  };
}

export async function authRoutes(app: FastifyInstance) {
  form(app, {
    path: '/register',
    policy: PUBLIC,
    rateLimit: rateLimit('register'),
    redirect: (req) => (req.actor ? { to: '/account' } : undefined),
    schema: registerForm,
    messageParams,
    view: (_, f) => <RegisterPage values={f.values} errors={f.errors} />,
    submit: (req, _, data) =>
      registerUser(depsFrom(req), { ...data, locale: req.locale, baseUrl: req.server.config.baseUrl }),
    done: async (req, _, user, __, reply) => {
      await startSession(req, reply, user.id);
      return { to: '/account', flash: 'accounts.flash.registered' };
    },
  });

  // The link acts when it is followed (a GET: it comes from a mail), then sends the reader on;
  // a link that does not work is its own page (refusal), so `render` is never reached.
  page(app, {
    path: '/confirm/:token',
    policy: PUBLIC,
    params: tokenParams,
    load: (req, p) => confirmEmail(depsFrom(req), { token: p.token }),
    refusal: linkProblem('confirm'),
    redirect: (req) => ({ to: req.actor ? '/account' : '/login', flash: 'accounts.flash.emailConfirmed' }),
    render: () => <LinkProblemPage kind="confirm" status="invalid" />,
  });

  form(app, {
    path: '/login',
    policy: PUBLIC,
    rateLimit: rateLimit('signIn'),
    load: async (req) => loginContext(req),
    redirect: (req, c) =>
      req.actor && !c.reason ? (c.returnTo ? { to: c.returnTo, external: true } : { to: '/account' }) : undefined,
    initial: (c) => (c.returnTo ? { returnTo: c.returnTo } : {}),
    schema: loginForm,
    messageParams,
    view: (c, f) => (
      <LoginPage values={f.values} errors={f.errors} reason={c.reason} returnTo={returnPath(f.values.returnTo)} />
    ),
    // One message for an unknown address and a wrong password, next to the e-mail (signIn says so).
    submit: (req, _, data) =>
      signIn(depsFrom(req), {
        email: data.email,
        password: data.password,
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      }),
    done: async (req, _, session, data, reply) => {
      await startSession(req, reply, session.userId, session.token);
      const back = returnPath(data.returnTo);
      return { ...(back ? { to: back, external: true } : { to: '/account' }), flash: 'accounts.flash.signedIn' };
    },
  });

  // Public: a person whose session already ended may still press "sign out" on an old page.
  action(app, {
    path: '/logout',
    policy: PUBLIC,
    submit: async (req) => {
      if (req.sessionId) await revokeSession(req.server.db, req.sessionId);
      return ok(undefined);
    },
    done: (_, __, ___, reply) => {
      clearSessionCookie(reply);
      return { to: '/', flash: 'accounts.flash.signedOut' };
    },
  });
}
