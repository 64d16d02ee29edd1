import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createSession, revokeSession } from '../../platform/auth/sessions.ts';
import { PUBLIC } from '../../platform/authz/index.ts';
import { depsFrom } from '../../platform/commands.ts';
import { safeReturn, setFlash } from '../../platform/http/context.ts';
import { fieldErrors } from '../../platform/http/validation.ts';
import { renderPage } from '../../platform/views/render.tsx';
import { confirmEmail } from './commands/confirmEmail.ts';
import { registerUser } from './commands/registerUser.ts';
import { requestPasswordReset } from './commands/requestPasswordReset.ts';
import { resetLinkStatus, resetPassword } from './commands/resetPassword.ts';
import { signIn } from './commands/signIn.ts';
import { clearSessionCookie, LANG, rateLimited, setSessionCookie } from './http.ts';
import { forgotForm, loginForm, loginQuery, PASSWORD_MIN, registerForm, resetForm, tokenParams } from './schemas.ts';
import { LoginPage } from './views/LoginPage.tsx';
import { ForgotPage, LinkProblemPage, ResetPage } from './views/PasswordPages.tsx';
import { RegisterPage } from './views/RegisterPage.tsx';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
const body = (req: FastifyRequest) => (req.body ?? {}) as Record<string, unknown>;
const reasonText = (req: FastifyRequest, reason: string) => req.t(`accounts.errors.${reason}`, { min: PASSWORD_MIN });

/** Where to go after signing in: a same-site path, never back into the sign-in pages themselves. */
function returnPath(v: string | undefined): string | undefined {
  const p = safeReturn(v);
  return p && !/^\/(kk|ru|en)\/(login|logout|register|password)(\/|\?|$)/.test(p) ? p : undefined;
}

/** Starts a session for a person who proved who they are; a session already on this browser is ended first. */
async function startSession(
  app: FastifyInstance,
  req: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  token?: string,
) {
  if (req.sessionId) await revokeSession(app.db, req.sessionId);
  const t = token ?? (await createSession(app.db, userId, { ip: req.ip, userAgent: req.headers['user-agent'] }));
  setSessionCookie(app, reply, t);
}

/** Registration, e-mail confirmation, sign-in and sign-out, password reset. */
export async function authRoutes(app: FastifyInstance) {
  const page = { policy: PUBLIC };
  const limited = { policy: PUBLIC, ...rateLimited(app) };
  const hide = { hide: true };

  app.get(`${LANG}/register`, { config: page, schema: hide }, (req, reply) => {
    if (req.actor) return reply.redirect(`/${req.locale}/account`, 303);
    return renderPage(req, reply, <RegisterPage />);
  });

  app.post(`${LANG}/register`, { config: limited, schema: hide }, async (req, reply) => {
    const b = body(req);
    const values = { name: str(b.name), email: str(b.email) };
    const parsed = registerForm.safeParse(b);
    if (!parsed.success)
      return renderPage(req, reply, <RegisterPage values={values} errors={fieldErrors(req.t, parsed.error)} />, 400);
    const r = await registerUser(depsFrom(req), { ...parsed.data, locale: req.locale, baseUrl: app.config.baseUrl });
    if (!r.ok)
      return renderPage(
        req,
        reply,
        <RegisterPage values={values} errors={{ [r.field ?? 'email']: reasonText(req, r.reason) }} />,
        400,
      );
    await startSession(app, req, reply, r.value.id);
    setFlash(reply, 'accounts.flash.registered');
    return reply.redirect(`/${req.locale}/account`, 303);
  });

  app.get(`${LANG}/confirm/:token`, { config: page, schema: { ...hide, params: tokenParams } }, async (req, reply) => {
    const { token } = req.params as { token: string };
    const r = await confirmEmail(depsFrom(req), { token });
    if (!r.ok) {
      const status = r.reason === 'link_expired' ? 'expired' : 'invalid';
      return renderPage(
        req,
        reply,
        <LinkProblemPage kind="confirm" status={status} />,
        status === 'expired' ? 410 : 400,
      );
    }
    setFlash(reply, 'accounts.flash.emailConfirmed');
    return reply.redirect(`/${req.locale}/${req.actor ? 'account' : 'login'}`, 303);
  });

  app.get(`${LANG}/login`, { config: page, schema: { ...hide, querystring: loginQuery } }, (req, reply) => {
    const q = req.query as { returnTo?: string; reason?: 'expired' | 'required' };
    const returnTo = returnPath(q.returnTo);
    if (req.actor && !q.reason) return reply.redirect(returnTo ?? `/${req.locale}/account`, 303);
    return renderPage(req, reply, <LoginPage reason={q.reason} returnTo={returnTo} />);
  });

  app.post(`${LANG}/login`, { config: limited, schema: hide }, async (req, reply) => {
    const b = body(req);
    const returnTo = returnPath(str(b.returnTo));
    const email = str(b.email);
    const parsed = loginForm.safeParse(b);
    if (!parsed.success)
      return renderPage(
        req,
        reply,
        <LoginPage email={email} returnTo={returnTo} errors={fieldErrors(req.t, parsed.error)} />,
        400,
      );
    const r = await signIn(depsFrom(req), {
      email: parsed.data.email,
      password: parsed.data.password,
      ip: req.ip,
      userAgent: req.headers['user-agent'],
    });
    // One message for an unknown address and a wrong password: the form must not reveal who has an account.
    if (!r.ok)
      return renderPage(
        req,
        reply,
        <LoginPage email={email} returnTo={returnTo} errors={{ email: reasonText(req, r.reason) }} />,
        400,
      );
    await startSession(app, req, reply, r.value.userId, r.value.token);
    setFlash(reply, 'accounts.flash.signedIn');
    return reply.redirect(returnTo ?? `/${req.locale}/account`, 303);
  });

  // Public: a person whose session already ended may still press "sign out" on an old page.
  app.post(`${LANG}/logout`, { config: page, schema: hide }, async (req, reply) => {
    if (req.sessionId) await revokeSession(app.db, req.sessionId);
    clearSessionCookie(reply);
    setFlash(reply, 'accounts.flash.signedOut');
    return reply.redirect(`/${req.locale}`, 303);
  });

  app.get(`${LANG}/password/forgot`, { config: page, schema: hide }, (req, reply) => {
    const sent = (req.query as Record<string, unknown>)?.sent === '1';
    return renderPage(req, reply, <ForgotPage sent={sent} />);
  });

  app.post(`${LANG}/password/forgot`, { config: limited, schema: hide }, async (req, reply) => {
    const b = body(req);
    const parsed = forgotForm.safeParse(b);
    if (!parsed.success)
      return renderPage(req, reply, <ForgotPage email={str(b.email)} errors={fieldErrors(req.t, parsed.error)} />, 400);
    await requestPasswordReset(depsFrom(req), {
      email: parsed.data.email,
      locale: req.locale,
      baseUrl: app.config.baseUrl,
    });
    return reply.redirect(`/${req.locale}/password/forgot?sent=1`, 303);
  });

  app.get(
    `${LANG}/password/reset/:token`,
    { config: page, schema: { ...hide, params: tokenParams } },
    async (req, reply) => {
      const { token } = req.params as { token: string };
      const status = await resetLinkStatus(app.db, token);
      if (status !== 'valid')
        return renderPage(
          req,
          reply,
          <LinkProblemPage kind="reset" status={status} />,
          status === 'expired' ? 410 : 400,
        );
      return renderPage(req, reply, <ResetPage token={token} />);
    },
  );

  app.post(
    `${LANG}/password/reset/:token`,
    { config: limited, schema: { ...hide, params: tokenParams } },
    async (req, reply) => {
      const { token } = req.params as { token: string };
      const status = await resetLinkStatus(app.db, token);
      if (status !== 'valid')
        return renderPage(
          req,
          reply,
          <LinkProblemPage kind="reset" status={status} />,
          status === 'expired' ? 410 : 400,
        );
      const parsed = resetForm.safeParse(body(req));
      if (!parsed.success)
        return renderPage(req, reply, <ResetPage token={token} errors={fieldErrors(req.t, parsed.error)} />, 400);
      const r = await resetPassword(depsFrom(req), { token, password: parsed.data.password });
      if (!r.ok)
        return renderPage(
          req,
          reply,
          <LinkProblemPage kind="reset" status={r.reason === 'link_expired' ? 'expired' : 'invalid'} />,
          400,
        );
      // Every session of the person is revoked, this browser's included; the cookie goes too.
      clearSessionCookie(reply);
      setFlash(reply, 'accounts.flash.passwordChanged');
      return reply.redirect(`/${req.locale}/login`, 303);
    },
  );
}
