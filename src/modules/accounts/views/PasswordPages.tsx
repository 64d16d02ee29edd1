import { Layout } from '../../../platform/views/Layout.tsx';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Button, ErrorSummary, Form, TextField, type FieldErrors } from '../../../platform/views/forms.tsx';
import { NewPasswordFields } from './NewPasswordFields.tsx';
import { RESET_FIELDS } from '../schemas.ts';

/** "Forgot your password": the same confirmation whether or not the address has an account. */
export function ForgotPage({ email, errors = {}, sent }: { email?: string; errors?: FieldErrors; sent?: boolean }) {
  const { t, locale } = useCtx();
  const hasErrors = Object.keys(errors).length > 0;
  if (sent) {
    return (
      <Layout title={t('accounts.forgot.sentTitle')}>
        <h1>{t('accounts.forgot.sentTitle')}</h1>
        <p>{t('accounts.forgot.sent')}</p>
        <p>{t('accounts.forgot.sentHint')}</p>
        <p>
          <a href={localHref(locale, '/login')}>{t('accounts.login.title')}</a>
        </p>
      </Layout>
    );
  }
  return (
    <Layout title={t('accounts.forgot.title')} hasErrors={hasErrors}>
      <ErrorSummary errors={errors} />
      <h1>{t('accounts.forgot.title')}</h1>
      <p>{t('accounts.forgot.lead')}</p>
      <Form action={localHref(locale, '/password/forgot')}>
        <TextField
          name="email"
          type="email"
          label={t('accounts.fields.email')}
          value={email}
          error={errors.email}
          autocomplete="email"
          spellcheck={false}
          required
        />
        <Button>{t('accounts.forgot.submit')}</Button>
      </Form>
    </Layout>
  );
}

/** The new-password form behind a reset link; the form posts back to the link itself. */
export function ResetPage({ token, errors = {} }: { token: string; errors?: FieldErrors }) {
  const { t, locale } = useCtx();
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout title={t('accounts.reset.title')} hasErrors={hasErrors}>
      <ErrorSummary errors={errors} order={RESET_FIELDS} />
      <h1>{t('accounts.reset.title')}</h1>
      <p>{t('accounts.reset.lead')}</p>
      <Form action={localHref(locale, `/password/reset/${encodeURIComponent(token)}`)}>
        <NewPasswordFields labelKey="accounts.fields.newPassword" errors={errors} />
        <Button>{t('accounts.reset.submit')}</Button>
      </Form>
    </Layout>
  );
}

/** A confirmation or reset link that has expired, was used, or never existed: say so and offer the way on. */
export function LinkProblemPage({ kind, status }: { kind: 'confirm' | 'reset'; status: 'expired' | 'invalid' }) {
  const { t, locale, actor } = useCtx();
  const title = t(status === 'expired' ? 'accounts.link.expiredTitle' : 'accounts.link.invalidTitle');
  return (
    <Layout title={title}>
      <h1>{title}</h1>
      <p>{t(status === 'expired' ? `accounts.link.${kind}Expired` : `accounts.link.${kind}Invalid`)}</p>
      {kind === 'reset' ? (
        <p>
          <a href={localHref(locale, '/password/forgot')}>{t('accounts.link.newResetLink')}</a>
        </p>
      ) : actor ? (
        <p>
          <a href={localHref(locale, '/account')}>{t('accounts.link.newConfirmLink')}</a>
        </p>
      ) : (
        <p>
          <a href={localHref(locale, '/login?returnTo=' + encodeURIComponent(localHref(locale, '/account')))}>
            {t('accounts.link.signInForNewLink')}
          </a>
        </p>
      )}
    </Layout>
  );
}
