import { Layout } from '../../../platform/views/Layout.tsx';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { Button, ErrorSummary, Form, TextField, type FieldErrors } from '../../../platform/views/forms.tsx';

export interface LoginPageProps {
  email?: string;
  errors?: FieldErrors;
  /** Why the person was sent here: their session ended, or the page needs an account. */
  reason?: 'expired' | 'required';
  returnTo?: string;
}

export function LoginPage({ email, errors = {}, reason, returnTo }: LoginPageProps) {
  const { t, locale } = useCtx();
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout title={t('accounts.login.title')} hasErrors={hasErrors}>
      <ErrorSummary errors={errors} order={['email', 'password']} />
      {reason && !hasErrors ? (
        <div class="notice" role="status">
          <p>{t(reason === 'expired' ? 'accounts.login.reasonExpired' : 'accounts.login.reasonRequired')}</p>
        </div>
      ) : null}
      <h1>{t('accounts.login.title')}</h1>
      <Form action={localHref(locale, '/login')}>
        {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
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
        <TextField
          name="password"
          type="password"
          label={t('accounts.fields.password')}
          error={errors.password}
          autocomplete="current-password"
          width="medium"
          required
        />
        <Button>{t('accounts.login.submit')}</Button>
      </Form>
      <ul>
        <li>
          <a href={localHref(locale, '/password/forgot')}>{t('accounts.login.forgot')}</a>
        </li>
        <li>
          <a href={localHref(locale, '/register')}>{t('accounts.login.noAccount')}</a>
        </li>
      </ul>
    </Layout>
  );
}
