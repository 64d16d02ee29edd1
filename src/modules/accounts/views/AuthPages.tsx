/** Registration and sign-in: kit form pages with the fields laid out by hand (passwords are never echoed). */
import { FormPage } from '../../../platform/kit/index.ts';
import { localHref, useCtx } from '../../../platform/views/context.ts';
import { TextField, type FieldErrors, type FormValues } from '../../../platform/views/forms.tsx';
import { REGISTER_FIELDS } from '../schemas.ts';
import { NewPasswordFields } from './NewPasswordFields.tsx';

const text = (v: FormValues[string]) => (typeof v === 'string' ? v : undefined);

/** Registration form. Passwords are never echoed back, even after an error. */
export function RegisterPage({ values, errors }: { values: FormValues; errors: FieldErrors }) {
  const { t, locale } = useCtx();
  return (
    <FormPage
      title={t('accounts.register.title')}
      intro={<p>{t('accounts.register.lead')}</p>}
      action="/register"
      values={values}
      errors={errors}
      errorOrder={REGISTER_FIELDS}
      submit={t('accounts.register.submit')}
      footer={
        <p>
          {t('accounts.register.haveAccount')} <a href={localHref(locale, '/login')}>{t('accounts.login.title')}</a>
        </p>
      }
    >
      <TextField
        name="name"
        label={t('accounts.fields.name')}
        value={text(values.name)}
        error={errors.name}
        autocomplete="name"
        required
      />
      <TextField
        name="email"
        type="email"
        label={t('accounts.fields.email')}
        hint={t('accounts.register.emailHint')}
        value={text(values.email)}
        error={errors.email}
        autocomplete="email"
        spellcheck={false}
        required
      />
      <NewPasswordFields labelKey="accounts.fields.password" errors={errors} />
    </FormPage>
  );
}

export interface LoginPageProps {
  values: FormValues;
  errors: FieldErrors;
  /** Why the person was sent here: their session ended, or the page needs an account. */
  reason?: 'expired' | 'required';
  /** The same-site page to go back to after signing in (already checked). */
  returnTo?: string;
}

export function LoginPage({ values, errors, reason, returnTo }: LoginPageProps) {
  const { t, locale } = useCtx();
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <FormPage
      title={t('accounts.login.title')}
      banner={
        reason && !hasErrors ? (
          <div class="notice" role="status">
            <p>{t(reason === 'expired' ? 'accounts.login.reasonExpired' : 'accounts.login.reasonRequired')}</p>
          </div>
        ) : null
      }
      action="/login"
      hidden={returnTo ? { returnTo } : {}}
      values={values}
      errors={errors}
      errorOrder={['email', 'password']}
      submit={t('accounts.login.submit')}
      footer={
        <ul>
          <li>
            <a href={localHref(locale, '/password/forgot')}>{t('accounts.login.forgot')}</a>
          </li>
          <li>
            <a href={localHref(locale, '/register')}>{t('accounts.login.noAccount')}</a>
          </li>
        </ul>
      }
    >
      <TextField
        name="email"
        type="email"
        label={t('accounts.fields.email')}
        value={text(values.email)}
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
    </FormPage>
  );
}
